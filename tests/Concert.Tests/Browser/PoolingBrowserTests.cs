using Concert.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

/// <summary>
/// The pooling view in Chromium against the host with its exercise data: a planner records a pledge (after the host
/// refuses a wrong nation code under the field), runs the planner, and reads the plan by asset and week and the
/// cost-share comparison.
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
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "pooling-plan.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
