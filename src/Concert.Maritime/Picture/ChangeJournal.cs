namespace Concert.Maritime.Picture;

/// <summary>
/// The recent changes of a <see cref="MaritimePicture"/> in order: a ring of the slots the writer changed, each change
/// numbered by a sequence that only grows. A reader that remembers the last sequence it read asks for the slots changed
/// since, without looking at the vessels that did not change.
/// </summary>
/// <remarks>
/// One writer, lock-free readers. The writer stores the slot before it publishes the new sequence, so a reader never
/// reads an entry that is not written yet. The ring holds the last <c>capacity</c> changes: a reader that fell further
/// behind (or whose entries were overwritten while it read) is told so and must read the whole picture instead.
/// </remarks>
internal sealed class ChangeJournal
{
    private readonly int[] _slots;
    private readonly long _mask;
    private long _sequence;

    /// <summary>Creates an empty journal.</summary>
    /// <param name="capacity">How many changes it holds; rounded up to a power of two.</param>
    public ChangeJournal(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        int size = checked((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _slots = new int[size];
        _mask = size - 1;
    }

    /// <summary>The sequence of the last change recorded; 0 before the first.</summary>
    public long Sequence => Volatile.Read(ref _sequence);

    /// <summary>Records that a slot changed. Writer only.</summary>
    public void Record(int slot)
    {
        long next = _sequence + 1;
        Volatile.Write(ref _slots[next & _mask], slot);
        Volatile.Write(ref _sequence, next);
    }

    /// <summary>Adds to <paramref name="slots"/> every slot changed after <paramref name="after"/> up to <paramref name="upTo"/>.</summary>
    /// <param name="after">The last sequence the reader has seen.</param>
    /// <param name="upTo">The last sequence read (the journal's sequence when the read began).</param>
    /// <param name="slots">Receives the changed slots, each once.</param>
    /// <returns>False when some of those changes are no longer held.</returns>
    public bool TryRead(long after, out long upTo, HashSet<int> slots)
    {
        upTo = Sequence;
        if (upTo - after > _slots.Length || after > upTo)
        {
            return false;
        }

        for (long sequence = after + 1; sequence <= upTo; sequence++)
        {
            slots.Add(Volatile.Read(ref _slots[sequence & _mask]));
        }

        // Entries read are intact unless the writer has since come round the ring to them.
        Interlocked.MemoryBarrier();
        return Sequence - after <= _slots.Length;
    }
}
