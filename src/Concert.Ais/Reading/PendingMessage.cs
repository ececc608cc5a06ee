using Concert.Ais.Bits;

namespace Concert.Ais.Reading;

/// <summary>
/// The fragments received so far of one multi-sentence message, held by fragment number so that they can arrive in any
/// order. Instances are pooled by <see cref="FragmentAssembler"/> and reused: their buffers are allocated once.
/// </summary>
internal sealed class PendingMessage
{
    /// <summary>The most sentences one message can have (the count field is one digit).</summary>
    public const int MaxFragments = 9;

    /// <summary>The most payload characters a whole message can have (<see cref="PayloadArmor.MaxBits"/>, rounded up).</summary>
    public const int MaxPayloadCharacters = (PayloadArmor.MaxBits + 5) / 6;

    private readonly byte[] _payloads = new byte[MaxFragments * MaxPayloadCharacters];
    private readonly int[] _lengths = new int[MaxFragments];
    private int _present;

    /// <summary>The key the message is filed under.</summary>
    public FragmentKey Key { get; private set; }

    /// <summary>How many sentences the message has.</summary>
    public int Total { get; private set; }

    /// <summary>How many distinct fragments have arrived.</summary>
    public int Received { get; private set; }

    /// <summary>The line number at which the first fragment arrived, to age the message out.</summary>
    public long FirstLine { get; private set; }

    /// <summary>Fill bits of the last fragment, once it has arrived.</summary>
    public int FillBits { get; private set; }

    /// <summary>Metadata of fragment 1 (or of the first fragment to arrive, until fragment 1 does).</summary>
    public AisMetadata Metadata { get; private set; }

    /// <summary>True when every fragment has arrived.</summary>
    public bool IsComplete => Received == Total;

    /// <summary>Payload characters held, all fragments together.</summary>
    public int PayloadCharacters
    {
        get
        {
            int sum = 0;
            for (int i = 0; i < Total; i++)
            {
                sum += _lengths[i];
            }
            return sum;
        }
    }

    /// <summary>Starts holding a new message.</summary>
    public void Start(FragmentKey key, int total, long line)
    {
        Key = key;
        Total = total;
        FirstLine = line;
        Received = 0;
        FillBits = 0;
        _present = 0;
        Array.Clear(_lengths);
    }

    /// <summary>True when fragment <paramref name="number"/> (1-based) has arrived.</summary>
    public bool Has(int number) => (_present & (1 << number)) != 0;

    /// <summary>True when fragment <paramref name="number"/> has arrived with exactly <paramref name="payload"/>.</summary>
    public bool Holds(int number, ReadOnlySpan<byte> payload) =>
        Has(number) && Fragment(number).SequenceEqual(payload);

    /// <summary>Stores a fragment; the caller has checked that it is new and at most <see cref="MaxPayloadCharacters"/> long.</summary>
    public void Store(int number, ReadOnlySpan<byte> payload, int fillBits, in AisMetadata metadata)
    {
        payload.CopyTo(_payloads.AsSpan((number - 1) * MaxPayloadCharacters));
        _lengths[number - 1] = payload.Length;
        _present |= 1 << number;
        Received++;
        if (number == Total)
        {
            FillBits = fillBits;
        }
        if (number == 1 || Received == 1)
        {
            Metadata = metadata;
        }
    }

    /// <summary>Unpacks every fragment in order into <paramref name="packed"/> (zeroed) and returns the payload's bit count.</summary>
    public int Unpack(Span<byte> packed)
    {
        int bits = 0;
        for (int number = 1; number <= Total; number++)
        {
            bits += PayloadArmor.Unpack(Fragment(number), packed, bits);
        }
        return bits - FillBits;
    }

    private ReadOnlySpan<byte> Fragment(int number) =>
        _payloads.AsSpan((number - 1) * MaxPayloadCharacters, _lengths[number - 1]);
}
