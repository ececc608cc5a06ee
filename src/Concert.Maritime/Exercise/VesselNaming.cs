namespace Concert.Maritime.Exercise;

/// <summary>
/// Plausible, invented identities: names in the style of each trade and flag, call signs in each flag's ITU call sign
/// series, MMSIs with the flag's MID. Any likeness to a real ship is chance.
/// </summary>
internal static class VesselNaming
{
    private static readonly string[] MerchantFirst =
        ["PACIFIC", "ORIENT", "OCEAN", "GOLDEN", "EASTERN", "JADE", "CORAL", "GRAND", "BLUE", "SILVER", "MORNING", "NEW",
         "GREAT", "ASIAN", "SOUTHERN", "BRIGHT", "LUCKY", "ROYAL", "STAR", "SUNNY"];

    private static readonly string[] MerchantSecond =
        ["PIONEER", "HARMONY", "GLORY", "FORTUNE", "SPIRIT", "PEARL", "DRAGON", "PHOENIX", "CROWN", "VENTURE", "TRADER",
         "PROGRESS", "PRIDE", "LOTUS", "HORIZON", "BRIDGE", "ENDEAVOUR", "MERIDIAN", "BREEZE", "VOYAGER"];

    // Call sign prefixes from the ITU table of international call sign series (RR Appendix 42).
    private static readonly Dictionary<string, string> CallSignPrefixes = new()
    {
        ["PAN"] = "3E", ["LBR"] = "A8", ["MHL"] = "V7", ["SGP"] = "9V", ["HKG"] = "VR", ["CHN"] = "B", ["JPN"] = "J",
        ["KOR"] = "D7", ["MYS"] = "9M", ["PHL"] = "DU", ["VNM"] = "XV", ["PRK"] = "HM", ["IDN"] = "PK", ["TWN"] = "BR",
        ["THA"] = "HS", ["MLT"] = "9H", ["GRC"] = "SV", ["BHS"] = "C6", ["CYP"] = "5B", ["TGO"] = "5V", ["SLE"] = "9L",
    };

    public static string MerchantName(ref DeterministicRandom random) =>
        random.NextDouble() < 0.3
            ? $"{random.Pick(MerchantFirst)} {random.Pick(MerchantSecond)} {1 + random.Below(30)}"
            : $"{random.Pick(MerchantFirst)} {random.Pick(MerchantSecond)}";

    public static string FishingName(string flag, ref DeterministicRandom random) => flag switch
    {
        "CHN" => $"{random.Pick(["ZHE DAI YU", "MIN SHI YU", "LU RONG YU", "YUE DONG YU", "QIONG SAN YU", "ZHE LING YU"])} {10_000 + random.Below(90_000)}",
        "KOR" => $"{random.Pick(["DAE WANG", "GEUM YANG", "HAN SEONG", "SAM YANG", "O RYONG"])} {1 + random.Below(99)} HO",
        "JPN" => $"{random.Pick(["SHINSEI", "FUKUEI", "EIKO", "HOKO", "DAIKICHI", "KAIYO"])} MARU NO.{1 + random.Below(99)}",
        "TWN" => $"{random.Pick(["JIN HORNG", "SHIN LONG", "FU YUAN", "CHIN HSIANG"])} FA NO.{1 + random.Below(199)}",
        "VNM" => $"{random.Pick(["BV", "QNG", "KH", "BTh"])} {90_000 + random.Below(9_999)} TS".ToUpperInvariant(),
        "PHL" => $"FB {random.Pick(["JOHN", "MARIA", "ST. PETER", "LADY", "GOLDEN"])} {1 + random.Below(40)}",
        _ => $"{random.Pick(["SRI", "ANUGERAH", "RAJA", "LAUT"])} {random.Pick(MerchantSecond)} {1 + random.Below(20)}",
    };

    public static string PatrolName(string flag, ref DeterministicRandom random) => flag switch
    {
        "CHN" => $"HAI JING {1000 + random.Below(9000)}",
        "JPN" => $"JCG {random.Pick(["AKITSUSHIMA", "HATERUMA", "YONAKUNI", "KUNIGAMI", "TOSA", "IWAMI"])}",
        "SGP" => $"PCG {random.Pick(["SENTINEL", "GUARDIAN", "PROTECTOR", "BASTION"])}",
        "MYS" => $"KM {random.Pick(["BENDAHARA", "PEKAN", "LANGKAWI", "MARLIN"])}",
        "TWN" => $"CGA {random.Pick(["CHIAYI", "TAINAN", "KAOHSIUNG", "YILAN"])}",
        "KOR" => $"KCG {3000 + random.Below(2000)}",
        "VNM" => $"CSB {8000 + random.Below(2000)}",
        "PHL" => $"BRP {random.Pick(["TERESA MAGBANUA", "CABRA", "SINDANGAN", "MELCHORA AQUINO"])}",
        _ => $"PATROL {1 + random.Below(99)}",
    };

    public static string FerryName(string flag, ref DeterministicRandom random) =>
        $"{random.Pick(["SEA", "STAR", "ISLAND", "BLUE", "JET", "CITY"])} {random.Pick(["EXPRESS", "FLYER", "LINK", "QUEEN", "JET", "CAT"])} {1 + random.Below(12)}";

    public static string CallSign(string flag, ref DeterministicRandom random)
    {
        string prefix = CallSignPrefixes.GetValueOrDefault(flag, "XX");
        Span<char> rest = stackalloc char[6 - prefix.Length];
        for (int i = 0; i < rest.Length; i++)
        {
            rest[i] = i == rest.Length - 1 ? (char)('0' + random.Below(10)) : (char)('A' + random.Below(26));
        }
        return string.Concat(prefix, rest);
    }

    /// <summary>An MMSI with one of the flag's MIDs and six random digits, not already in <paramref name="taken"/>.</summary>
    public static uint Mmsi(string flag, HashSet<uint> taken, ref DeterministicRandom random)
    {
        int[] mids = MidsOf(flag);
        while (true)
        {
            uint mmsi = (uint)(random.Pick(mids) * 1_000_000 + 100_000 + random.Below(900_000));
            if (taken.Add(mmsi))
            {
                return mmsi;
            }
        }
    }

    public static uint Imo(ref DeterministicRandom random) => ImoNumber.From(900_000 + random.Below(99_999));

    private static int[] MidsOf(string flag) =>
        [.. Picture.MidTable.All.Where(entry => entry.Country.Code == flag).Select(entry => entry.Mid)];
}
