namespace Concert.Data.Pooling;

/// <summary>
/// Outlines of the reference dataset's operating areas, so the exercise's plan can be drawn on the map. Drawn by hand
/// around the waters each project names, a few points each: illustrative, not any navy's patrol boxes.
/// </summary>
internal static class PoolingReferenceAreas
{
    private static readonly Dictionary<string, double[][]> Outlines = new(StringComparer.Ordinal)
    {
        // The strait's waters from the northern approaches off Langkawi and Aceh to the Karimun islands, off both coasts.
        ["MALACCA"] =
        [
            [97.8, 5.9], [100.2, 6.3], [100.3, 4.5], [101.2, 2.9], [102.2, 2.0], [103.2, 1.4],
            [102.9, 1.1], [101.5, 2.35], [100.6, 3.0], [99.0, 4.3], [97.6, 4.9],
        ],
        // The Singapore Strait between the Karimun islands and Horsburgh Lighthouse.
        ["SINGAPORE"] = [[103.4, 1.45], [104.5, 1.45], [104.5, 1.1], [103.4, 1.1]],
        // The Sulu Sea and the Celebes Sea, the trilateral patrol waters of Indonesia, Malaysia and the Philippines.
        ["SULU"] =
        [
            [119.2, 9.0], [122.5, 8.9], [122.2, 7.5], [123.8, 6.3], [125.0, 4.5],
            [124.8, 2.0], [120.0, 1.4], [118.8, 3.8], [119.0, 5.5], [118.8, 7.0],
        ],
        // The Internationally Recommended Transit Corridor of the Gulf of Aden, widened to the waters around it.
        ["ADEN"] = [[43.4, 12.7], [53.0, 14.8], [53.2, 14.0], [43.6, 12.0]],
        // The East China Sea from the Taiwan Strait's northern end to the Korea Strait's approaches.
        ["ECS"] = [[121.8, 25.6], [122.8, 29.0], [122.9, 31.5], [125.5, 33.5], [129.5, 31.0], [128.0, 28.5], [123.0, 24.8]],
    };

    /// <summary>The outline of a reference area, or null for an area this table does not know.</summary>
    /// <param name="areaId">The area's identifier.</param>
    /// <returns>[longitude, latitude] pairs, or null.</returns>
    public static IReadOnlyList<IReadOnlyList<double>>? Outline(string areaId) =>
        Outlines.TryGetValue(areaId, out double[][]? outline) ? outline : null;
}
