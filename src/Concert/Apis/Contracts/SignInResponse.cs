namespace Concert.Apis.Contracts;

/// <summary>The answer to a successful browser sign-in.</summary>
/// <param name="Username">The signed-in name.</param>
/// <param name="MustChangePassword">True when only <c>POST /api/v1/auth/password</c> is allowed until the password is changed.</param>
/// <param name="Antiforgery">The token to send with state-changing requests of this session.</param>
internal sealed record SignInResponse(string Username, bool MustChangePassword, AntiforgeryTokenResponse Antiforgery);
