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

    /// <summary>Fills the pledge form and submits it.</summary>
    public async Task SubmitPledgeAsync(string code, string nation, string transitDays)
    {
        await PledgeForm.GetByLabel("Code").FillAsync(code);
        await PledgeForm.GetByLabel("Nation (ISO alpha-3)").FillAsync(nation);
        await PledgeForm.GetByLabel("Asset type").SelectOptionAsync("OffshorePatrolVessel");
        await PledgeForm.GetByLabel("Units").FillAsync("2");
        await PledgeForm.GetByLabel("Cost per day (k€)").FillAsync("20");
        await PledgeForm.GetByLabel("Home port").FillAsync("Singapore (Sembawang)");
        await PledgeForm.GetByLabel("Transit days (AREA=days, …)").FillAsync(transitDays);
        await PledgeForm.GetByLabel("Boarding").CheckAsync();
        await PledgeForm.GetByRole(AriaRole.Button, new() { Name = "Record pledge" }).ClickAsync();
    }

    /// <summary>Runs the planner.</summary>
    public Task PlanAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();
}
