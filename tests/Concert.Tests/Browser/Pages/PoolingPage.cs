using Microsoft.Playwright;

namespace Concert.Tests.Browser.Pages;

/// <summary>The pooling view: pledges with their form, projects, and the plan with its grid and cost-share chart.</summary>
/// <param name="page">The browser page.</param>
internal sealed class PoolingPage(IPage page)
{
    /// <summary>The rows of the pledges table.</summary>
    public ILocator PledgeRows => page.GetByTestId("pledges-table").Locator("tbody tr");

    /// <summary>The rows of the requirements table.</summary>
    public ILocator RequirementRows => page.GetByTestId("requirements-table").Locator("tbody tr");

    /// <summary>The pledge form.</summary>
    public ILocator PledgeForm => page.GetByTestId("pledge-form");

    /// <summary>The host's messages under the nation field of the pledge form.</summary>
    public ILocator NationError => page.GetByTestId("field-error-pledge-nation-error");

    /// <summary>The plan result.</summary>
    public ILocator Plan => page.GetByTestId("plan-result");

    /// <summary>The rows of the plan grid (one per asset).</summary>
    public ILocator PlanGridRows => page.GetByTestId("plan-grid").Locator("tbody tr");

    /// <summary>The cost-share chart.</summary>
    public ILocator CostShareChart => page.GetByTestId("cost-share-chart");

    /// <summary>The project form (new or changed projects).</summary>
    public ILocator ProjectForm => page.GetByTestId("project-form");

    /// <summary>The host's messages about the project form's budget caps.</summary>
    public ILocator BudgetCapsError => page.GetByTestId("field-error-project-budget-caps-error");

    /// <summary>The map of the plan, with how many areas and asset markers it has drawn.</summary>
    public ILocator PlanMap => page.GetByTestId("plan-map");

    /// <summary>The rows of the table beside the map: one per area, with its state and the assets on station.</summary>
    public ILocator PlanMapAreaRows => page.GetByTestId("plan-map-areas").Locator("tbody tr");

    /// <summary>Sets the budget cap in a row of the project form (1-based), nation and k€.</summary>
    public async Task SetBudgetCapAsync(int row, string nation, string cap)
    {
        await ProjectForm.GetByLabel($"Budget cap {row} nation").FillAsync(nation);
        await ProjectForm.GetByLabel($"Budget cap {row} k€").FillAsync(cap);
    }

    /// <summary>The what-if form of the plan: a pledge offered to re-plan with.</summary>
    public ILocator WhatIfPledgeForm => page.GetByTestId("what-if-pledge-form");

    /// <summary>The host's messages under the nation field of the what-if pledge form.</summary>
    public ILocator WhatIfNationError => page.GetByTestId("field-error-what-if-pledge-nation-error");

    /// <summary>Fills the pledge form and submits it.</summary>
    public async Task SubmitPledgeAsync(string code, string nation, string transitDays)
    {
        await FillPledgeAsync(PledgeForm, code, nation, transitDays);
        await PledgeForm.GetByRole(AriaRole.Button, new() { Name = "Record pledge" }).ClickAsync();
    }

    /// <summary>Fills a pledge form (recorded or what-if) with two offshore patrol vessels able to board.</summary>
    public static async Task FillPledgeAsync(ILocator form, string code, string nation, string transitDays)
    {
        await form.GetByLabel("Code").FillAsync(code);
        await form.GetByLabel("Nation (ISO alpha-3)").FillAsync(nation);
        await form.GetByLabel("Asset type").SelectOptionAsync("OffshorePatrolVessel");
        await form.GetByLabel("Units").FillAsync("2");
        await form.GetByLabel("Cost per day (k€)").FillAsync("20");
        await form.GetByLabel("Home port").FillAsync("Singapore (Sembawang)");
        await form.GetByLabel("Transit days (AREA=days, …)").FillAsync(transitDays);
        await form.GetByLabel("Boarding").CheckAsync();
    }

    /// <summary>Runs the planner.</summary>
    public Task PlanAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();
}
