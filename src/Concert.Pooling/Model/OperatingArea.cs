namespace Concert.Pooling.Model;

/// <summary>A sea area where a common project needs assets on station ("Malacca and Singapore Straits").</summary>
/// <param name="Id">A short stable identifier ("MALACCA").</param>
/// <param name="Name">The name shown to people.</param>
public sealed record OperatingArea(string Id, string Name);
