namespace Concert.Apis.Contracts;

/// <summary>An antiforgery token and the header to send it in.</summary>
/// <param name="HeaderName">The request header.</param>
/// <param name="Token">The token.</param>
internal sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
