namespace Concert.Security;

/// <summary>The request header that carries the antiforgery token.</summary>
internal static class AntiforgeryHeader
{
    /// <summary>The header name.</summary>
    public const string Name = "X-XSRF-TOKEN";
}
