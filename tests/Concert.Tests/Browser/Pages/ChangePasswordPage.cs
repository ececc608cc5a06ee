using Microsoft.Playwright;

namespace Concert.Tests.Browser.Pages;

/// <summary>The forced password change after a first sign-in with a one-time password.</summary>
/// <param name="page">The browser page.</param>
internal sealed class ChangePasswordPage(IPage page)
{
    /// <summary>Waits for the form.</summary>
    /// <returns>The page, once it shows.</returns>
    public static async Task<ChangePasswordPage> WaitAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a new password" })).ToBeVisibleAsync();
        return new ChangePasswordPage(page);
    }

    /// <summary>Replaces the password and waits for the shell.</summary>
    /// <param name="current">The one-time password.</param>
    /// <param name="replacement">The new password.</param>
    /// <returns>The shell.</returns>
    public async Task<ShellPage> ChangeAsync(string current, string replacement)
    {
        await page.GetByLabel("Current password").FillAsync(current);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(replacement);
        await page.GetByLabel("New password again").FillAsync(replacement);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        return await ShellPage.WaitAsync(page);
    }
}
