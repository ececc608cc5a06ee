using System.Security.Claims;
using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Hosting;
using Concert.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Concert.Apis;

/// <summary>Sign-in and sign-out: <c>/api/v1/auth</c>.</summary>
internal static class AuthApi
{
    /// <summary>Maps the sign-in endpoints.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The auth group.</returns>
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        RouteGroupBuilder auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().AddEndpointFilter<ValidateRequestFilter<LoginRequest>>().RequireRateLimiting(ConcertPolicies.SignInRateLimit)
            .WithSummary("Signs a browser in with a session cookie; returns the antiforgery token of the session.");
        auth.MapPost("/token", TokenAsync).AllowAnonymous().AddEndpointFilter<ValidateRequestFilter<LoginRequest>>().RequireRateLimiting(ConcertPolicies.SignInRateLimit)
            .WithSummary("Returns a signed JWT for programs (send it as 'Authorization: Bearer …').");
        auth.MapPost("/logout", (Delegate)LogoutAsync).RequireAuthorization(ConcertPolicies.SignedIn).AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithSummary("Ends the browser session.");
        auth.MapGet("/antiforgery", Antiforgery).RequireAuthorization(ConcertPolicies.SignedIn)
            .WithSummary("Returns a fresh antiforgery token for the signed-in session.");
        auth.MapPost("/password", ChangePasswordAsync).RequireAuthorization(ConcertPolicies.SignedIn).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<ChangePasswordRequest>>()
            .WithSummary("Changes the password (required at first sign-in of the administrator); ends every other session.");
        return auth;
    }

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountService accounts, IAntiforgery antiforgery, HttpContext http)
    {
        (SignInOutcome outcome, UserAccount? account) = await accounts.CheckPasswordAsync(request.Username, request.Password, "password", http.RequestAborted);
        if (outcome != SignInOutcome.Success || account is null)
        {
            return Refusal(outcome);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(SessionClaims.For(account), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);

        // The antiforgery token is bound to the user: issue it for the principal just signed in, not the anonymous caller.
        http.User = principal;
        return TypedResults.Ok(new SignInResponse(account.UserName, account.MustChangePassword, Token(antiforgery, http)));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> TokenAsync(
        LoginRequest request, AccountService accounts, TokenIssuer issuer, IOptions<ConcertSignInOptions> options, HttpContext http)
    {
        if (options.Value.Authority is { } authority)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Tokens come from the configured authority",
                detail: $"This server accepts tokens of {authority}; ask it for one.");
        }

        (SignInOutcome outcome, UserAccount? account) = await accounts.CheckPasswordAsync(request.Username, request.Password, "token", http.RequestAborted);
        if (outcome != SignInOutcome.Success || account is null)
        {
            return Refusal(outcome);
        }

        if (account.MustChangePassword)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Password change required",
                detail: "Sign in with POST /api/v1/auth/login and change the password before asking for tokens.");
        }

        (string token, DateTimeOffset expires) = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expires));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Ok<AntiforgeryTokenResponse> Antiforgery(IAntiforgery antiforgery, HttpContext http) =>
        TypedResults.Ok(Token(antiforgery, http));

    private static async Task<Results<NoContent, ValidationProblem>> ChangePasswordAsync(
        ChangePasswordRequest request, ViewerAccessor viewer, AccountService accounts, HttpContext http)
    {
        UserAccount account = await viewer.AccountAsync(http.RequestAborted);
        if (await accounts.ChangePasswordAsync(account, request.CurrentPassword, request.NewPassword, http.RequestAborted) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] });
        }

        // The stamp changed, so the old cookie is no longer current: give the browser a new one.
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity(SessionClaims.For(account), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        }

        return TypedResults.NoContent();
    }

    private static AntiforgeryTokenResponse Token(IAntiforgery antiforgery, HttpContext http) =>
        new(AntiforgeryHeader.Name, antiforgery.GetAndStoreTokens(http).RequestToken!);

    private static ProblemHttpResult Refusal(SignInOutcome outcome) => outcome == SignInOutcome.LockedOut
        ? TypedResults.Problem(
            statusCode: StatusCodes.Status423Locked,
            title: "Account locked",
            detail: "Too many failed sign-ins: the account is locked for a while. Try again later or ask an administrator.")
        : TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in failed",
            detail: "The user name or password is wrong.");
}
