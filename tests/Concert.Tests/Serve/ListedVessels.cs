using System.Text.Json;

namespace Concert.Tests.Serve;

/// <summary>Reads the lists that send each distinct label once (the REST viewport, the hub's snapshot and changes).</summary>
internal static class ListedVessels
{
    /// <summary>
    /// The vessels of <paramref name="list"/> with the labels their indexes name, after checking the list is well formed:
    /// no vessel carries a label of its own, every label is sent once and used by a vessel of the list (an unused
    /// label would tell of a vessel withheld from the user).
    /// </summary>
    /// <param name="list">The answer or message.</param>
    /// <param name="vesselsProperty">The property holding its vessels: "vessels", or "updated" for changes.</param>
    public static (JsonElement Vessel, JsonElement Label)[] Resolve(JsonElement list, string vesselsProperty = "vessels")
    {
        JsonElement[] labels = [.. list.GetProperty("labels").EnumerateArray()];
        JsonElement[] vessels = [.. list.GetProperty(vesselsProperty).EnumerateArray()];
        Assert.All(vessels, vessel => Assert.False(vessel.TryGetProperty("label", out _)));
        int[] indexes = [.. vessels.Select(vessel => vessel.GetProperty("labelIndex").GetInt32())];
        Assert.All(indexes, index => Assert.InRange(index, 0, labels.Length - 1));
        Assert.Equal(labels.Length, indexes.Distinct().Count());
        Assert.Equal(labels.Length, labels.Select(label => label.GetProperty("stanag4774Xml").GetString()).Distinct().Count());
        return [.. vessels.Zip(indexes, (vessel, index) => (vessel, labels[index]))];
    }

    /// <summary>The marking of each vessel's label by MMSI.</summary>
    /// <param name="list">The answer or message.</param>
    /// <param name="vesselsProperty">The property holding its vessels.</param>
    public static SortedDictionary<uint, string> Markings(JsonElement list, string vesselsProperty = "vessels") =>
        new(Resolve(list, vesselsProperty).ToDictionary(
            listed => listed.Vessel.GetProperty("mmsi").GetUInt32(), listed => listed.Label.GetProperty("marking").GetString()!));
}
