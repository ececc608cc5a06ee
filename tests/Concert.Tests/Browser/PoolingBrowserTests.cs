using Concert.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

/// <summary>
/// The pooling view in Chromium against the host with its exercise data: a planner records a pledge (after the host
/// refuses a wrong nation code under the field), runs the planner, and reads the plan by asset and week and the
/// cost-share comparison; a planner changes a project's budget cap, plans, reads the plan on the map, and re-plans
/// with a pledge offered in a what-if.
/// </summary>
public sealed class PoolingBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    // Planning (10 s limit) and the fairness analysis run on a machine shared with other work: wait for them generously.
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 180_000 };

    [ChromiumFact]
    public async Task Planner_adds_a_pledge_runs_a_plan_and_sees_the_plan_grid_and_the_cost_share_chart()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);
        ShellPage shell = await signIn.SignInAsync("gb.planner", session.Server.PasswordOf("gb.planner"));
        await shell.OpenAsync("Pooling");
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Pooling");
        var pooling = new PoolingPage(page);

        // The reference dataset, less Japan's patrol aircraft, which are released to the Indo-Pacific partners only.
        await Assertions.Expect(pooling.PledgeRows.First).ToBeVisibleAsync();
        await Assertions.Expect(pooling.PledgeRows.Filter(new() { HasText = "JPN-DD-1" })).ToHaveCountAsync(1);
        await Assertions.Expect(pooling.PledgeRows.Filter(new() { HasText = "JPN-MPA-1" })).ToHaveCountAsync(0);
        await Assertions.Expect(pooling.RequirementRows.First).ToBeVisibleAsync();

        await pooling.SubmitPledgeAsync("GBR-OPV-1", "XXZ", "SINGAPORE=0, MALACCA=1");
        await Assertions.Expect(pooling.NationError).ToContainTextAsync("XXZ");

        await pooling.PledgeForm.GetByLabel("Nation (ISO alpha-3)").FillAsync("GBR");
        await pooling.PledgeForm.GetByRole(AriaRole.Button, new() { Name = "Record pledge" }).ClickAsync();
        await Assertions.Expect(pooling.PledgeRows.Filter(new() { HasText = "GBR-OPV-1" })).ToHaveCountAsync(1);
        await Assertions.Expect(pooling.NationError).ToHaveCountAsync(0);

        await pooling.PlanAsync();
        await Assertions.Expect(pooling.Plan).ToBeVisibleAsync(Slow);
        await Assertions.Expect(pooling.Plan).ToContainTextAsync("Objective");
        await Assertions.Expect(pooling.Plan).ToContainTextAsync("Gap");
        await Assertions.Expect(pooling.PlanGridRows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("plan-grid").Locator("thead th")).ToHaveCountAsync(27);
        await Assertions.Expect(pooling.CostShareChart).ToBeVisibleAsync(Slow);
        await Assertions.Expect(pooling.CostShareChart.Locator("svg rect").First).ToBeVisibleAsync();
        await Assertions.Expect(pooling.CostShareChart).ToContainTextAsync("Shapley value");
        await Assertions.Expect(pooling.CostShareChart).ToContainTextAsync("USA");
        // The savings game beside the cost game: one row per nation of the chart, and what the pool saves in k€.
        ILocator savings = page.GetByTestId("savings-table");
        await Assertions.Expect(savings).ToContainTextAsync("The pool saves");
        await Assertions.Expect(savings.Locator("tbody tr")).ToHaveCountAsync(await pooling.CostShareChart.Locator(".cost-share-table tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "pooling-plan.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Planner_changes_a_budget_cap_plans_sees_the_areas_on_the_map_and_replans_with_an_offered_pledge()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);
        ShellPage shell = await signIn.SignInAsync("gb.planner", session.Server.PasswordOf("gb.planner"));
        await shell.OpenAsync("Pooling");
        var pooling = new PoolingPage(page);

        // The Malacca and Singapore Straits project caps Malaysia at 12,000 k€ and Singapore at 15,000 k€ (rows in nation order).
        await pooling.ProjectForm.GetByLabel("Project", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "MALSING — Counter-piracy patrols in the Malacca and Singapore Straits" });
        await Assertions.Expect(pooling.ProjectForm.GetByLabel("Budget cap 1 nation")).ToHaveValueAsync("MYS");
        await Assertions.Expect(pooling.ProjectForm.GetByLabel("Budget cap 1 k€")).ToHaveValueAsync("12000");

        // A cap for a code that is no nation: the host's message appears under the caps, and nothing is saved.
        await pooling.SetBudgetCapAsync(3, "XXZ", "10");
        await pooling.ProjectForm.GetByRole(AriaRole.Button, new() { Name = "Save project" }).ClickAsync();
        await Assertions.Expect(pooling.BudgetCapsError).ToContainTextAsync("'XXZ'");

        await pooling.SetBudgetCapAsync(3, string.Empty, string.Empty);
        await pooling.SetBudgetCapAsync(1, "MYS", "9000");
        await pooling.ProjectForm.GetByRole(AriaRole.Button, new() { Name = "Save project" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("project-saved")).ToHaveTextAsync("Saved project MALSING.");
        await Assertions.Expect(pooling.BudgetCapsError).ToHaveCountAsync(0);
        await Assertions.Expect(pooling.RequirementRows.Filter(new() { HasText = "MYS 9,000 k€" }).First).ToBeVisibleAsync();

        await pooling.PlanAsync();
        await Assertions.Expect(pooling.Plan).ToBeVisibleAsync(Slow);
        await Assertions.Expect(pooling.PlanMap).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Assertions.Expect(pooling.PlanMap.Locator("canvas")).ToBeVisibleAsync();

        // Week 10: all five reference areas are outlined and drawn; the table beside the map names them and who is there.
        await page.GetByLabel("Week", new() { Exact = true }).SelectOptionAsync("10");
        await Assertions.Expect(page.GetByTestId("plan-map-areas").Locator("caption")).ToHaveTextAsync("Areas in week 10");
        await Assertions.Expect(pooling.PlanMap).ToHaveAttributeAsync("data-areas-drawn", "5");
        ILocator malacca = pooling.PlanMapAreaRows.Filter(new() { HasText = "Malacca Strait" });
        await Assertions.Expect(malacca).ToHaveCountAsync(1);
        await Assertions.Expect(malacca).ToContainTextAsync("uncovered)");
        ILocator withAssets = pooling.PlanMapAreaRows.Filter(new() { HasText = " × " });
        await Assertions.Expect(withAssets.First).ToBeVisibleAsync();
        int areasWithAssets = await withAssets.CountAsync();
        await Assertions.Expect(pooling.PlanMap).ToHaveAttributeAsync("data-asset-markers-drawn", areasWithAssets.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "pooling-plan-map.png"), FullPage = true });

        // What if New Zealand offered two patrol vessels: the host's message about the nation lands under the what-if
        // form's field (the host nests it under addPledge), then the plan is re-planned from this one with them.
        await page.GetByRole(AriaRole.Button, new() { Name = "What if a pledge is offered…" }).ClickAsync();
        await PoolingPage.FillPledgeAsync(pooling.WhatIfPledgeForm, "NZL-OPV-9", "XXZ", "MALACCA=2");
        await pooling.WhatIfPledgeForm.GetByRole(AriaRole.Button, new() { Name = "Re-plan with it" }).ClickAsync();
        await Assertions.Expect(pooling.WhatIfNationError).ToContainTextAsync("XXZ");
        await pooling.WhatIfPledgeForm.GetByLabel("Nation (ISO alpha-3)").FillAsync("NZL");
        await pooling.WhatIfPledgeForm.GetByRole(AriaRole.Button, new() { Name = "Re-plan with it" }).ClickAsync();
        await Assertions.Expect(pooling.Plan).ToContainTextAsync("NZL offers 2 × OffshorePatrolVessel (NZL-OPV-9)", new() { Timeout = 180_000 });
        await Assertions.Expect(pooling.WhatIfPledgeForm).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
