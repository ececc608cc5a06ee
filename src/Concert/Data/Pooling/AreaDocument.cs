namespace Concert.Data.Pooling;

/// <summary>An operating area of a project ("MALACCA", "Malacca Strait") and where it is.</summary>
/// <param name="Id">The short identifier requirements and transit times refer to.</param>
/// <param name="Name">The name shown to people.</param>
/// <param name="Boundary">The area's outline as [longitude, latitude] pairs in degrees, the ring not closed (the last
/// point joins the first), so the plan can be drawn on the map; null when nobody has drawn it.</param>
internal sealed record AreaDocument(string Id, string Name, IReadOnlyList<IReadOnlyList<double>>? Boundary = null);
