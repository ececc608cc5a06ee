namespace Concert.Data.Pooling;

/// <summary>An operating area of a project ("MALACCA", "Malacca Strait").</summary>
/// <param name="Id">The short identifier requirements and transit times refer to.</param>
/// <param name="Name">The name shown to people.</param>
internal sealed record AreaDocument(string Id, string Name);
