namespace Concert.Apis.Contracts;

/// <summary>A nation.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">English short name.</param>
internal sealed record NationResponse(string Code, string Name);
