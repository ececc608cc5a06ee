namespace Concert.Maritime.Exercise;

/// <summary>
/// A line's place in a window: by time, then transmitter, then the order its shard emitted it, so the lines of one
/// transmitter at one instant (a two-sentence type 5) keep their order. A transmitter belongs to one shard, so equal
/// time and transmitter means equal shard.
/// </summary>
/// <param name="Ticks">Its time in ticks.</param>
/// <param name="Transmitter">The transmitter's index.</param>
/// <param name="Shard">The shard that emitted it.</param>
/// <param name="Index">Its index in the shard's output.</param>
internal readonly record struct LineOrder(long Ticks, int Transmitter, int Shard, int Index) : IComparable<LineOrder>
{
    public int CompareTo(LineOrder other)
    {
        int byTime = Ticks.CompareTo(other.Ticks);
        if (byTime != 0)
        {
            return byTime;
        }
        int byTransmitter = Transmitter.CompareTo(other.Transmitter);
        if (byTransmitter != 0)
        {
            return byTransmitter;
        }
        int byShard = Shard.CompareTo(other.Shard);
        return byShard != 0 ? byShard : Index.CompareTo(other.Index);
    }
}
