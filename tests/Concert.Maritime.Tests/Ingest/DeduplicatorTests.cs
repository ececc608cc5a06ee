using Concert.Maritime.Ingest;
using FsCheck.Xunit;

namespace Concert.Maritime.Tests.Ingest;

public sealed class DeduplicatorTests
{
    private const long Second = 1_000_000;
    private const long Start = 1_772_323_200 * Second;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_second_reception_within_the_window_is_a_repeat_and_counts_its_receivers()
    {
        var table = new Deduplicator(Window);

        Assert.False(table.IsRepeat(42, Start, 0, 7, out Deduplicator.FirstReception first));
        Assert.Equal(new Deduplicator.FirstReception(Start, 0, 7, 1), first);
        Assert.True(table.IsRepeat(42, Start + 30 * Second, 1, 9, out Deduplicator.FirstReception repeat));
        Assert.Equal(new Deduplicator.FirstReception(Start, 0, 7, 2), repeat);
        Assert.True(table.IsRepeat(42, Start - 2 * Second, 1, 10, out repeat));
        Assert.Equal(3, repeat.Receptions);
    }

    [Fact]
    public void The_same_payload_after_the_window_is_a_new_message()
    {
        var table = new Deduplicator(Window);

        Assert.False(table.IsRepeat(42, Start, 0, 0, out _));
        Assert.False(table.IsRepeat(42, Start + 30 * Second + 1, 0, 1, out Deduplicator.FirstReception second));
        Assert.Equal(new Deduplicator.FirstReception(Start + 30 * Second + 1, 0, 1, 1), second);
        Assert.True(table.IsRepeat(42, Start + 31 * Second, 0, 2, out Deduplicator.FirstReception third));
        Assert.Equal(1, third.BatchIndex);
    }

    [Fact]
    public void A_message_is_forgotten_one_window_after_the_newest_time_when_it_was_remembered()
    {
        var table = new Deduplicator(Window);
        Assert.False(table.IsRepeat(1, Start + 100 * Second, 0, 0, out _));
        // A late copy of an old message is remembered from the newest time (its horizon), not from its own time.
        Assert.False(table.IsRepeat(2, Start, 0, 1, out _));
        Assert.False(table.IsRepeat(3, Start + 130 * Second, 0, 2, out _));

        Assert.True(table.IsRepeat(2, Start + 5 * Second, 0, 3, out _));
        Assert.False(table.IsRepeat(4, Start + 130 * Second + 1, 0, 4, out _));
        Assert.False(table.IsRepeat(2, Start + 5 * Second, 0, 5, out Deduplicator.FirstReception forgotten));
        Assert.Equal(1, forgotten.Receptions);
    }

    [Fact]
    public void The_sweep_bounds_the_table_by_about_two_windows_of_traffic()
    {
        var table = new Deduplicator(Window);
        ulong hash = 1;
        // 1,000 messages a second for ten minutes: one window holds 30,000.
        for (long second = 0; second < 600; second++)
        {
            for (int i = 0; i < 1_000; i++)
            {
                table.IsRepeat(Mix(hash++), Start + second * Second, 0, i, out _);
            }
        }

        Assert.InRange(table.Occupied, 30_000, 62_000);
        Assert.True(table.Capacity <= 262_144, $"capacity {table.Capacity}");
    }

    [Fact]
    public void Colliding_hashes_are_told_apart_and_survive_the_removal_of_their_neighbours()
    {
        var table = new Deduplicator(Window);
        // Hashes whose home slot is the same (the table's multiplicative hash keeps the top bits): one cluster.
        ulong[] colliding = [.. Enumerable.Range(1, 40).Select(i => SameHome(i))];
        for (int i = 0; i < 20; i++)
        {
            Assert.False(table.IsRepeat(colliding[i], Start, 0, i, out _));
        }
        for (int i = 20; i < 40; i++)
        {
            Assert.False(table.IsRepeat(colliding[i], Start + 25 * Second, 0, i, out _));
        }
        // The first twenty are forgotten and swept; the next twenty, behind them in the cluster, are shifted back.
        Assert.False(table.IsRepeat(Mix(99), Start + 50 * Second + 1, 0, 99, out _));

        Assert.Equal(21, table.Occupied);
        for (int i = 20; i < 40; i++)
        {
            Assert.True(table.IsRepeat(colliding[i], Start + 21 * Second, 1, 0, out Deduplicator.FirstReception first));
            Assert.Equal(i, first.BatchIndex);
        }
        Assert.False(table.IsRepeat(colliding[0], Start + 21 * Second, 1, 1, out _));
    }

    [Fact]
    public void The_table_grows_and_keeps_every_message_of_the_window()
    {
        var table = new Deduplicator(Window);
        for (int i = 0; i < 100_000; i++)
        {
            Assert.False(table.IsRepeat(Mix((ulong)i), Start + i, 0, i, out _));
        }

        Assert.Equal(100_000, table.Occupied);
        Assert.True(table.Capacity >= 200_000);
        for (int i = 0; i < 100_000; i++)
        {
            Assert.True(table.IsRepeat(Mix((ulong)i), Start + 100_000, 1, 0, out Deduplicator.FirstReception first));
            Assert.Equal(i, first.BatchIndex);
        }
    }

    [Fact]
    public void The_receiver_count_stops_at_its_largest_value()
    {
        var table = new Deduplicator(Window);
        Deduplicator.FirstReception first = default;
        for (int i = 0; i < 300; i++)
        {
            table.IsRepeat(7, Start, 0, 0, out first);
        }

        Assert.Equal(byte.MaxValue, first.Receptions);
    }

    [Property(MaxTest = 300)]
    public bool Answers_as_a_dictionary_that_never_forgets_but_checks_the_horizon((byte Payload, short Step)[] receptions, bool zeroWindow)
    {
        // Few payloads (collisions of the same message), steps in tenths of a second that also go back in time (late
        // receivers) and now and then jump by minutes, so entries are forgotten, swept, overwritten and rehashed.
        TimeSpan window = zeroWindow ? TimeSpan.Zero : TimeSpan.FromSeconds(3);
        var table = new Deduplicator(window, initialCapacity: 1);
        var reference = new ReferenceDeduplicator(window);
        long time = Start;
        for (int i = 0; i < receptions.Length; i++)
        {
            (byte payload, short step) = receptions[i];
            time += step % 97 == 0 ? step * Second : step % 40 * Second / 10;
            ulong hash = payload % 5 == 0 ? SameHome(payload) : Mix(payload);
            bool repeat = table.IsRepeat(hash, time, i / 16, i % 16, out Deduplicator.FirstReception first);
            bool expected = reference.IsRepeat(hash, time, i / 16, i % 16, out Deduplicator.FirstReception expectedFirst);
            if (repeat != expected || first != expectedFirst)
            {
                return false;
            }
        }
        return true;
    }

    private static ulong Mix(ulong value) => System.IO.Hashing.XxHash3.HashToUInt64(BitConverter.GetBytes(value));

    // The table's home slot is the top bits of hash × 0x9E3779B97F4A7C15; hashes whose product differs only in its low
    // bits share a home at every table size up to 2^32.
    private static ulong SameHome(int low)
    {
        const ulong inverse = 0xF1DE83E19937733D;
        return unchecked((0x1234_5678UL << 32 | (uint)low) * inverse);
    }

    // The specification: a plain dictionary that never removes anything; an entry counts while its horizon (the newest
    // time when it was stored) is within the window of the newest time seen.
    private sealed class ReferenceDeduplicator(TimeSpan window)
    {
        private readonly Dictionary<ulong, (long Horizon, Deduplicator.FirstReception First)> _entries = [];
        private readonly long _window = (long)window.TotalMicroseconds;
        private long _latest = long.MinValue;

        public bool IsRepeat(ulong hash, long time, int generation, int index, out Deduplicator.FirstReception first)
        {
            _latest = Math.Max(_latest, time);
            if (_entries.TryGetValue(hash, out (long Horizon, Deduplicator.FirstReception First) entry)
                && entry.Horizon >= _latest - _window && Math.Abs(time - entry.First.TimeMicros) <= _window)
            {
                first = entry.First with { Receptions = (byte)Math.Min(entry.First.Receptions + 1, 255) };
                _entries[hash] = (entry.Horizon, first);
                return true;
            }
            first = new Deduplicator.FirstReception(time, generation, index, 1);
            _entries[hash] = (_latest, first);
            return false;
        }
    }
}
