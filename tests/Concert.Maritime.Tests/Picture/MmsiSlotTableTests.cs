using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Picture;

public sealed class MmsiSlotTableTests
{
    [Fact]
    public void Every_added_mmsi_keeps_its_slot_as_the_table_grows_and_others_are_not_found()
    {
        var table = new MmsiSlotTable();
        var random = new Random(7);
        var added = new Dictionary<uint, int>();
        // A fleet's consecutive numbers and scattered ones, well past the first table's size.
        for (uint mmsi = 563_000_000; added.Count < 3000; mmsi++)
        {
            added.Add(mmsi, added.Count);
        }
        while (added.Count < 50_000)
        {
            added.TryAdd((uint)random.Next(1_000_000, 999_999_999), added.Count);
        }
        foreach ((uint mmsi, int slot) in added)
        {
            table.Add(mmsi, slot);
        }

        foreach ((uint mmsi, int slot) in added)
        {
            Assert.True(table.TryGetSlot(mmsi, out int found));
            Assert.Equal(slot, found);
        }
        for (int i = 0; i < 10_000; i++)
        {
            uint other = (uint)random.Next(1_000_000, 999_999_999);
            Assert.Equal(added.TryGetValue(other, out int slot), table.TryGetSlot(other, out int found));
            Assert.Equal(added.ContainsKey(other) ? slot : -1, found);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Add(0, 1));
    }

    [Fact]
    public async Task A_reader_finds_every_mmsi_added_before_it_looks_while_the_table_grows()
    {
        var table = new MmsiSlotTable();
        int added = 0;
        var writer = Task.Run(() =>
        {
            for (int slot = 0; slot < 200_000; slot++)
            {
                table.Add(211_000_000 + (uint)slot, slot);
                Volatile.Write(ref added, slot + 1);
            }
        });
        var random = new Random(3);
        while (!writer.IsCompleted)
        {
            int known = Volatile.Read(ref added);
            if (known == 0)
            {
                continue;
            }
            int slot = random.Next(known);
            Assert.True(table.TryGetSlot(211_000_000 + (uint)slot, out int found));
            Assert.Equal(slot, found);
        }
        await writer;
    }
}
