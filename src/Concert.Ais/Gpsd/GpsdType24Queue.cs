namespace Concert.Ais.Gpsd;

/// <summary>
/// gpsd's memory of type 24 part A names on one radio channel: a ring of eight (MMSI, name) slots. A part B whose MMSI
/// is in the ring takes the name out and is printed joined to it; an older name is overwritten after eight newer part As.
/// </summary>
/// <remarks>Mirrors <c>struct ais_type24_queue_t</c> of gpsd 3.22 (MAX_TYPE24_INTERLEAVE = 8). Not thread-safe.</remarks>
internal sealed class GpsdType24Queue
{
    private const int Slots = 8;
    private readonly uint[] _mmsis = new uint[Slots];
    private readonly string[] _names = new string[Slots];
    private int _next;

    /// <summary>Remembers the name of a part A, overwriting the oldest slot.</summary>
    public void Remember(uint mmsi, string name)
    {
        _mmsis[_next] = mmsi;
        _names[_next] = name;
        _next = (_next + 1) % Slots;
    }

    /// <summary>Takes the remembered name of <paramref name="mmsi"/> out of the ring, if it is there.</summary>
    public bool TryTake(uint mmsi, out string name)
    {
        for (int i = 0; i < Slots; i++)
        {
            // gpsd marks a taken slot with MMSI 0, so a part B from MMSI 0 never joins.
            if (_mmsis[i] == mmsi && mmsi != 0)
            {
                _mmsis[i] = 0;
                name = _names[i];
                return true;
            }
        }
        name = string.Empty;
        return false;
    }
}
