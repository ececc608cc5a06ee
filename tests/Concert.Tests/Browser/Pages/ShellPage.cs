using Microsoft.Playwright;

namespace Concert.Tests.Browser.Pages;

/// <summary>The shell after sign-in: banner, who is signed in, navigation and the current view.</summary>
/// <param name="page">The browser page.</param>
internal sealed class ShellPage(IPage page)
{
    /// <summary>The classification banner at the top of the screen.</summary>
    public ILocator Banner => page.GetByRole(AriaRole.Note, new() { Name = "Screen classification" });

    /// <summary>The signed-in user's nation (trigraph and name).</summary>
    public ILocator Nation => page.GetByTestId("identity-nation");

    /// <summary>The signed-in user's clearance.</summary>
    public ILocator Clearance => page.GetByTestId("identity-clearance");

    /// <summary>The signed-in user's name.</summary>
    public ILocator Name => page.GetByTestId("identity-name");

    /// <summary>The navigation.</summary>
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Views" });

    /// <summary>The rows of the bulletins table.</summary>
    public ILocator BulletinRows => page.GetByTestId("bulletins-table").Locator("tbody tr");

    /// <summary>The rows of the audit table.</summary>
    public ILocator AuditRows => page.GetByTestId("audit-table").Locator("tbody tr");

    /// <summary>The bulletin open in the detail view.</summary>
    public ILocator Bulletin => page.GetByTestId("bulletin-detail");

    /// <summary>The heading of the current view.</summary>
    public ILocator Heading => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Waits for the shell to show.</summary>
    /// <returns>The shell.</returns>
    public static async Task<ShellPage> WaitAsync(IPage page)
    {
        var shell = new ShellPage(page);
        await Assertions.Expect(shell.Name).ToBeVisibleAsync();
        return shell;
    }

    /// <summary>Follows a navigation link by its text.</summary>
    /// <param name="text">The link text, e.g. "Audit log".</param>
    /// <returns>A task that completes when the view's heading shows.</returns>
    public async Task OpenAsync(string text)
    {
        await Navigation.GetByRole(AriaRole.Link, new() { Name = text }).ClickAsync();
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }
}
