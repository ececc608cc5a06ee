using Concert.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

/// <summary>
/// The web shell in Chromium against the real host started with its exercise data
/// (src/Concert/Hosting/ExerciseData.cs): sign-in, the identity header, the bulletins a user may read, the audit log
/// for administrators, and the host's problem details on a wrong password.
/// </summary>
public sealed class ShellBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>Where the tests leave screenshots of what they saw (the README's picture comes from here).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task Wrong_password_shows_the_hosts_problem_details()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);

        await signIn.SubmitAsync("kr.analyst", "not-the-password");

        // Title and detail as AuthApi's 401 problem writes them.
        await Assertions.Expect(signIn.Error).ToContainTextAsync("Sign-in failed");
        await Assertions.Expect(signIn.Error).ToContainTextAsync("The user name or password is wrong.");
        await Assertions.Expect(page.GetByLabel("Password")).ToHaveValueAsync(string.Empty);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Watch_officer_sees_nation_clearance_and_the_bulletins_released_to_Japan()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);

        ShellPage shell = await signIn.SignInAsync("jp.watch", session.Server.PasswordOf("jp.watch"));

        await Assertions.Expect(shell.Name).ToHaveTextAsync("Lt Cdr Sato Haruki (JMSDF)");
        await Assertions.Expect(shell.Nation).ToHaveTextAsync("JPN Japan");
        await Assertions.Expect(shell.Clearance).ToContainTextAsync("SECRET");
        await Assertions.Expect(shell.Navigation.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);

        // The operations room opens first. Japan (CONCERT, NATO-IP4; SECRET with the MARSEC caveat) reads five of the
        // seven exercise bulletins: not the ASEAN cell (ASEAN and IDN only) nor the Five Eyes summary (TOP SECRET).
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Operations room");
        await shell.OpenAsync("Bulletins");
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Bulletins");
        await Assertions.Expect(shell.BulletinRows).ToHaveCountAsync(5);
        string[] titles = [.. (await shell.BulletinRows.Locator("td:nth-child(2)").AllInnerTextsAsync()).Order(StringComparer.Ordinal)];
        Assert.Equal(
            [
                "East China Sea transfer pattern", "Exercise PACIFIC CONCERT begins", "Korea Strait picture sharing",
                "NATO liaison to the framework", "Watch rota for the Malacca Strait",
            ],
            titles);

        // The highest label on screen is the SECRET transfer pattern: the banner says so, in red.
        await Assertions.Expect(shell.Banner).ToHaveTextAsync("SECRET");
        await Assertions.Expect(shell.Banner).ToHaveCSSAsync("background-color", "rgb(200, 16, 46)");
        await Assertions.Expect(shell.BulletinRows.Filter(new() { HasText = "Korea Strait picture sharing" }))
            .ToContainTextAsync("CONFIDENTIAL REL JPN KOR");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "shell-bulletins.png") });

        // By keyboard alone: a view that opens takes the focus, so Tab reaches its first link, the newest bulletin.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Korea Strait picture sharing" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(shell.Bulletin).ToContainTextAsync("exchange the Korea Strait surface picture every hour");
        await Assertions.Expect(shell.Banner).ToHaveTextAsync("CONFIDENTIAL");

        await shell.OpenAsync("Nations & communities");
        await Assertions.Expect(page.GetByTestId("nations-table")).ToContainTextAsync("Japan");
        await Assertions.Expect(page.GetByTestId("communities")).ToContainTextAsync("North Atlantic Treaty Organization");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Administrator_replaces_the_one_time_password_and_reads_the_audit_log_newest_first()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);

        await signIn.SubmitAsync("admin", session.Server.PasswordOf("admin"));
        ChangePasswordPage change = await ChangePasswordPage.WaitAsync(page);
        ShellPage shell = await change.ChangeAsync(session.Server.PasswordOf("admin"), "Browser-test-passphrase-2026");

        await Assertions.Expect(shell.Name).ToHaveTextAsync("Administrator");
        await shell.OpenAsync("Audit log");
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Audit log");

        // The password change just made is on the first page (only the bulletins the shell opened with were read
        // since), and the sequence numbers fall from the newest entry down.
        ILocator passwordChange = shell.AuditRows.Filter(new() { HasText = "change-password" });
        await Assertions.Expect(passwordChange).ToHaveCountAsync(1);
        await Assertions.Expect(passwordChange).ToContainTextAsync("AdminChange");
        await Assertions.Expect(passwordChange).ToContainTextAsync("user/admin");
        long[] sequences = [.. (await shell.AuditRows.Locator("td:first-child").AllInnerTextsAsync()).Select(long.Parse)];
        Assert.True(sequences.Length > 1, "The audit log shows more than one entry after a sign-in and a password change.");
        Assert.Equal(sequences.OrderDescending(), sequences);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Ended_session_returns_to_sign_in_and_sign_out_ends_the_session()
    {
        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);
        ShellPage shell = await signIn.SignInAsync("kr.analyst", session.Server.PasswordOf("kr.analyst"));
        await Assertions.Expect(shell.Nation).ToHaveTextAsync("KOR South Korea");

        // The cookie disappears as when the session expires: the next request gets 401 and the app asks to sign in.
        await page.Context.ClearCookiesAsync();
        await shell.Navigation.GetByRole(AriaRole.Link, new() { Name = "Nations & communities" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your session has ended. Sign in again to continue.");

        await signIn.SignInAsync("kr.analyst", session.Server.PasswordOf("kr.analyst"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Concert" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Concert" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
