namespace Concert.Data;

/// <summary>Sizes of bulletin fields, shared by the schema and the API's validation.</summary>
internal static class BulletinLimits
{
    /// <summary>Longest title, in characters.</summary>
    public const int TitleLength = 200;

    /// <summary>Longest body, in characters.</summary>
    public const int BodyLength = 20_000;
}
