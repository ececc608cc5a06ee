using System.Buffers;
using System.Collections;

namespace Concert.Maritime.Picture;

/// <summary>
/// The answer of a viewport query, ordered by MMSI, held in a pooled array: dispose it when done so that the next query
/// reuses the array instead of allocating one (a 20,000-vessel answer is half a megabyte). An undisposed answer is
/// merely collected; one read after disposal throws.
/// </summary>
public sealed class ViewportSightings : IReadOnlyList<VesselSighting>, IDisposable
{
    private VesselSighting[]? _sightings;

    internal ViewportSightings(VesselSighting[] sightings, int count)
    {
        _sightings = sightings;
        Count = count;
    }

    /// <summary>How many vessels the query found.</summary>
    public int Count { get; }

    /// <summary>The vessel at <paramref name="index"/> in MMSI order.</summary>
    /// <param name="index">0..<see cref="Count"/>−1.</param>
    public VesselSighting this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return Sightings[index];
        }
    }

    /// <summary>The sightings as a span, valid until disposal.</summary>
    public ReadOnlySpan<VesselSighting> AsSpan() => Sightings.AsSpan(0, Count);

    /// <summary>Enumerates the sightings in MMSI order.</summary>
    public IEnumerator<VesselSighting> GetEnumerator()
    {
        VesselSighting[] sightings = Sightings;
        for (int i = 0; i < Count; i++)
        {
            yield return sightings[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns the array to the pool; the sightings cannot be read afterwards.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _sightings, null) is { } sightings)
        {
            // Cleared, so that the pool does not keep vessel states alive.
            ArrayPool<VesselSighting>.Shared.Return(sightings, clearArray: true);
        }
    }

    private VesselSighting[] Sightings => _sightings ?? throw new ObjectDisposedException(nameof(ViewportSightings));
}
