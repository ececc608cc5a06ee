using System.Collections.Frozen;
using System.Globalization;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// The ITU's allocation of Maritime Identification Digits to flags. The data is the embedded file
/// <c>Picture/Data/maritime-identification-digits.csv</c>, whose header names its source.
/// </summary>
public static class MidTable
{
    private const string ResourceName = "Concert.Maritime.Picture.MaritimeIdentificationDigits.csv";

    private static readonly FrozenDictionary<int, FlagState> Flags = Load();

    /// <summary>Every allocated MID with its flag, in MID order.</summary>
    public static IReadOnlyList<FlagState> All { get; } = [.. Flags.Values.OrderBy(flag => flag.Mid)];

    /// <summary>The flag a MID is allocated to, or null for an unallocated MID.</summary>
    /// <param name="mid">Three digits, 201..775.</param>
    public static FlagState? Find(int mid) => Flags.GetValueOrDefault(mid);

    private static FrozenDictionary<int, FlagState> Load()
    {
        using Stream stream = typeof(MidTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The MID table resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var flags = new Dictionary<int, FlagState>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            // The name may itself contain commas, so only the first two separate fields.
            string[] fields = line.Split(',', 3);
            int mid = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture);
            flags.Add(mid, new FlagState(mid, Trigraph.Parse(fields[1]), fields[2]));
        }
        return flags.ToFrozenDictionary();
    }
}
