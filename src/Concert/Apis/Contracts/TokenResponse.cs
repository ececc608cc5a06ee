namespace Concert.Apis.Contracts;

/// <summary>A bearer token for programs.</summary>
/// <param name="AccessToken">The signed JWT.</param>
/// <param name="TokenType">Always "Bearer".</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
internal sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);
