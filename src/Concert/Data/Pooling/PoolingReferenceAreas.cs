namespace Concert.Data.Pooling;

/// <summary>
/// Outlines of the reference dataset's operating areas, so the exercise's plan can be drawn on the map. Drawn by hand
/// around the waters each project names, a few points each: illustrative, not any navy's patrol boxes.
/// </summary>
internal static class PoolingReferenceAreas
{
    private static readonly Dictionary<string, double[][]> Outlines = new(StringComparer.Ordinal)
    {
        // The strait from its northern approach off Phuket to One Fathom Bank and Port Dickson.
        ["MALACCA"] = [[97.8, 5.9], [100.2, 6.3], [101.3, 3.2], [103.2, 1.6], [102.7, 1.1], [100.1, 2.3], [97.6, 4.8]],
        // The Singapore Strait between the Karimun islands and Horsburgh Lighthouse.
        ["SINGAPORE"] = [[103.4, 1.45], [104.5, 1.45], [104.5, 1.1], [103.4, 1.1]],
        // The Sulu Sea and the Celebes Sea, the trilateral patrol waters of Indonesia, Malaysia and the Philippines.
        ["SULU"] = [[119.0, 9.2], [122.8, 9.2], [125.4, 6.5], [125.0, 2.0], [119.5, 1.0], [117.6, 4.8]],
        // The Internationally Recommended Transit Corridor of the Gulf of Aden, widened to the waters around it.
        ["ADEN"] = [[43.4, 12.7], [53.0, 14.8], [53.2, 14.0], [43.6, 12.0]],
        // The East China Sea from the Taiwan Strait's northern end to the Korea Strait's approaches.
        ["ECS"] = [[120.5, 25.0], [122.0, 31.5], [125.5, 33.5], [130.0, 31.0], [128.0, 28.5], [123.0, 24.5]],
    };

    /// <summary>The outline of a reference area, or null for an area this table does not know.</summary>
    /// <param name="areaId">The area's identifier.</param>
    /// <returns>[longitude, latitude] pairs, or null.</returns>
    public static IReadOnlyList<IReadOnlyList<double>>? Outline(string areaId) =>
        Outlines.TryGetValue(areaId, out double[][]? outline) ? outline : null;
}
