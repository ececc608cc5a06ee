using Microsoft.Playwright;

namespace Concert.Tests.Browser.Pages;

/// <summary>The sign-in screen.</summary>
/// <param name="page">The browser page.</param>
internal sealed class SignInPage(IPage page)
{
    /// <summary>The problem the host reported, as the page shows it.</summary>
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>Opens the app, which starts at sign-in without a session.</summary>
    /// <returns>The sign-in page, once its form shows.</returns>
    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        var signIn = new SignInPage(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Concert" })).ToBeVisibleAsync();
        return signIn;
    }

    /// <summary>Types the credentials and submits with the keyboard, as an officer would.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>A task that completes once the form was submitted.</returns>
    public async Task SubmitAsync(string userName, string password)
    {
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByLabel("Password").PressAsync("Enter");
    }

    /// <summary>Signs in and waits for the shell.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The shell.</returns>
    public async Task<ShellPage> SignInAsync(string userName, string password)
    {
        await SubmitAsync(userName, password);
        return await ShellPage.WaitAsync(page);
    }
}
