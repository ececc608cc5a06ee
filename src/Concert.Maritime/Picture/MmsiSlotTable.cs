using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Concert.Maritime.Picture;

/// <summary>
/// The picture's MMSI → slot index: an open-addressing table of 64-bit entries (MMSI above, slot below), one cache line
/// visited per lookup where a <c>ConcurrentDictionary</c> chases a bucket and a node object.
/// </summary>
/// <remarks>
/// One writer, lock-free readers. Entries are only added, each written as one 64-bit word, so a reader sees an entry
/// whole or not at all. Growing builds a larger table and publishes it in one reference write; a reader still probing
/// the old one finds every entry that was in it. MMSI 0 marks an empty entry (the picture never holds it: it is not a
/// valid MMSI).
/// </remarks>
internal sealed class MmsiSlotTable
{
    private long[] _entries = new long[1024];
    private int _count;

    /// <summary>The slot of <paramref name="mmsi"/>, if it has one. Any thread.</summary>
    public bool TryGetSlot(uint mmsi, out int slot)
    {
        long[] entries = Volatile.Read(ref _entries);
        int mask = entries.Length - 1;
        for (int index = Home(mmsi, mask); ; index = (index + 1) & mask)
        {
            long entry = Volatile.Read(ref entries[index]);
            if (entry == 0)
            {
                slot = -1;
                return false;
            }
            if ((uint)(entry >> 32) == mmsi)
            {
                slot = (int)entry;
                return true;
            }
        }
    }

    /// <summary>Starts loading the entry where the lookup of <paramref name="mmsi"/> begins, so that its cache miss overlaps other work.</summary>
    public unsafe void Prefetch(uint mmsi)
    {
        if (Sse.IsSupported)
        {
            long[] entries = Volatile.Read(ref _entries);
            Sse.Prefetch0(Unsafe.AsPointer(ref entries[Home(mmsi, entries.Length - 1)]));
        }
    }

    /// <summary>Adds an MMSI that has no slot yet. Writer only.</summary>
    public void Add(uint mmsi, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfZero(mmsi);
        // Kept at most half full, so that probes stay short.
        if (2 * (_count + 1) > _entries.Length)
        {
            long[] larger = new long[_entries.Length * 2];
            foreach (long entry in _entries)
            {
                if (entry != 0)
                {
                    Insert(larger, entry);
                }
            }
            Volatile.Write(ref _entries, larger);
        }
        Insert(_entries, (long)mmsi << 32 | (uint)slot);
        _count++;
    }

    private static void Insert(long[] entries, long entry)
    {
        int mask = entries.Length - 1;
        int index = Home((uint)(entry >> 32), mask);
        while (entries[index] != 0)
        {
            index = (index + 1) & mask;
        }
        Volatile.Write(ref entries[index], entry);
    }

    // Fibonacci hashing spreads the consecutive MMSIs of one fleet or one country over the table.
    private static int Home(uint mmsi, int mask) => (int)((mmsi * 2_654_435_769u) >> (32 - BitOperations.Log2((uint)mask + 1))) & mask;
}
