namespace Concert.Maritime.Exercise;

/// <summary>
/// The geography of the exercise: shipping lanes, anchorages, fishing grounds, ferry routes, patrol stations and AIS
/// shore stations of East and South-East Asia.
/// </summary>
/// <remarks>
/// All coordinates are approximate, read off small-scale charts to a tenth of a degree or so: good enough for lanes
/// that look right on a regional map and keep ships off land at that scale, not for navigation.
/// </remarks>
public static class AsiaPacificWaters
{
    /// <summary>Through routes; ships sail them end to end, dwell in port, and sail back.</summary>
    public static IReadOnlyList<ShippingLane> Lanes { get; } =
    [
        new("Andaman Sea - Malacca Strait - Singapore Strait",
            new(5.9, 95.6), new(5.4, 97.6), new(4.2, 99.4), new(3.0, 100.6), new(2.2, 101.8), new(1.6, 102.8),
            new(1.22, 103.5), new(1.2, 103.85), new(1.26, 104.2), new(1.45, 104.45)),
        new("Singapore - South China Sea - Hong Kong",
            new(1.45, 104.45), new(2.5, 105.2), new(5.0, 106.5), new(8.0, 109.0), new(11.5, 110.2), new(15.0, 111.6),
            new(19.0, 113.6), new(21.8, 114.2), new(22.25, 114.15)),
        new("Singapore - South China Sea - Manila",
            new(1.45, 104.45), new(4.0, 106.0), new(8.0, 109.2), new(12.0, 110.6), new(13.5, 116.0), new(14.3, 119.9),
            new(14.5, 120.6)),
        new("Hong Kong - Taiwan Strait - Shanghai",
            new(22.25, 114.15), new(22.4, 115.5), new(23.4, 117.5), new(24.5, 119.2), new(25.6, 120.3), new(27.5, 121.5),
            new(29.5, 122.6), new(30.8, 122.7), new(31.1, 122.2)),
        new("Shanghai - East China Sea - Korea Strait - Busan",
            new(31.1, 122.2), new(31.0, 122.8), new(32.3, 124.5), new(33.5, 127.0), new(34.4, 128.6), new(35.05, 129.05)),
        new("Korea Strait - Sea of Japan - Tsugaru Strait",
            new(34.4, 129.3), new(36.0, 131.5), new(38.5, 135.0), new(41.0, 139.0), new(41.5, 140.0), new(41.6, 141.2)),
        new("Shanghai - Osumi Strait - Tokyo Bay",
            new(31.1, 122.2), new(31.0, 122.8), new(30.6, 126.5), new(30.8, 130.6), new(31.5, 132.5), new(33.0, 135.2),
            new(34.0, 138.2), new(34.9, 139.7), new(35.3, 139.75), new(35.5, 139.85)),
        new("Manila - Luzon Strait - Taiwan east coast - Busan",
            new(14.5, 120.6), new(14.4, 120.2), new(16.5, 119.5), new(19.5, 120.2), new(21.0, 121.2), new(23.5, 122.2),
            new(26.5, 123.5), new(30.0, 126.5), new(33.0, 128.3), new(34.6, 128.9), new(35.05, 129.05)),
        new("Busan - Korea Strait - Kanmon - Osaka",
            new(35.05, 129.05), new(34.5, 129.6), new(33.95, 130.85), new(33.9, 131.5), new(34.3, 133.0), new(34.6, 135.2)),
    ];

    /// <summary>Port approaches and anchorages where ships wait (at anchor or moored).</summary>
    public static IReadOnlyList<(string Name, LatLon Position)> Anchorages { get; } =
    [
        ("Singapore Eastern Anchorage", new(1.27, 103.93)),
        ("Singapore Western Anchorage", new(1.23, 103.7)),
        ("Port Klang approaches", new(2.95, 101.3)),
        ("Hong Kong approaches", new(22.2, 114.0)),
        ("Shanghai Yangtze anchorage", new(31.05, 122.35)),
        ("Busan outer anchorage", new(35.02, 129.1)),
        ("Tokyo Bay anchorage", new(35.45, 139.8)),
        ("Manila Bay anchorage", new(14.55, 120.85)),
        ("Kaohsiung approaches", new(22.55, 120.2)),
        ("Ho Chi Minh City approaches (Vung Tau)", new(10.3, 107.1)),
    ];

    /// <summary>Fishing grounds: centre, radius in nautical miles, and the flags that mostly fish there.</summary>
    public static IReadOnlyList<(string Name, LatLon Centre, double RadiusNm, string[] Flags)> FishingGrounds { get; } =
    [
        ("East China Sea (Zhoushan)", new(30.3, 123.6), 60, ["CHN", "CHN", "CHN", "TWN"]),
        ("Yellow Sea south", new(33.3, 124.0), 50, ["CHN", "CHN", "KOR"]),
        ("Jeju waters", new(33.0, 126.0), 30, ["KOR", "KOR", "JPN"]),
        ("Paracel Islands", new(16.6, 111.9), 40, ["CHN", "CHN", "VNM"]),
        ("Gulf of Thailand", new(9.5, 102.0), 50, ["THA", "VNM", "MYS"]),
        ("Vietnam south-east coast", new(10.5, 109.0), 40, ["VNM", "VNM", "CHN"]),
        ("Yamato Bank", new(39.3, 135.2), 40, ["JPN", "CHN", "KOR"]),
        ("West of Luzon", new(16.0, 119.2), 30, ["PHL", "PHL", "CHN"]),
        ("Taiwan Bank", new(22.8, 118.5), 35, ["TWN", "CHN", "CHN"]),
    ];

    /// <summary>Ferry routes (short, sailed back and forth) and the flag of their operators.</summary>
    public static IReadOnlyList<(ShippingLane Route, string Flag, bool HighSpeed)> FerryRoutes { get; } =
    [
        (new("Busan - Fukuoka", new(35.1, 129.04), new(34.7, 129.5), new(33.95, 130.1), new(33.6, 130.4)), "KOR", true),
        (new("Hong Kong - Macao", new(22.29, 114.16), new(22.3, 113.9), new(22.2, 113.6)), "HKG", true),
        (new("Singapore - Batam", new(1.27, 103.85), new(1.2, 103.95), new(1.15, 104.0)), "SGP", true),
        (new("Xiamen - Kinmen", new(24.45, 118.07), new(24.43, 118.25), new(24.42, 118.32)), "TWN", false),
        (new("Shanghai - Zhoushan", new(30.9, 121.9), new(30.4, 122.1), new(30.0, 122.2)), "CHN", false),
        (new("Incheon - Weihai", new(37.45, 126.6), new(37.2, 125.5), new(37.4, 122.1)), "KOR", false),
        (new("Manila - Batangas", new(14.55, 120.9), new(14.25, 120.55), new(13.75, 121.05)), "PHL", false),
    ];

    /// <summary>Patrol stations: centre, radius in nautical miles, and the flag of the patrol force.</summary>
    public static IReadOnlyList<(string Name, LatLon Centre, double RadiusNm, string Flag)> PatrolStations { get; } =
    [
        ("Singapore Strait", new(1.2, 103.9), 8, "SGP"),
        ("Malacca Strait north", new(4.0, 99.8), 20, "MYS"),
        ("Scarborough Shoal", new(15.15, 117.76), 12, "CHN"),
        ("Senkaku Islands", new(25.75, 123.5), 15, "JPN"),
        ("Taiwan Strait median", new(24.0, 119.6), 20, "TWN"),
        ("Korea Strait", new(34.6, 129.0), 15, "KOR"),
        ("Spratly Islands", new(10.0, 114.5), 25, "VNM"),
        ("Luzon Strait", new(20.5, 121.0), 20, "PHL"),
    ];

    /// <summary>Shore stations that receive AIS, named for their tag blocks; terrestrial range about 40 nm.</summary>
    public static IReadOnlyList<(string Name, LatLon Position)> ShoreStations { get; } =
    [
        ("SG-SENTOSA", new(1.25, 103.82)), ("SG-PEDRA-BRANCA", new(1.33, 104.4)), ("MY-PORT-KLANG", new(3.0, 101.35)),
        ("MY-PENANG", new(5.4, 100.3)), ("MY-MELAKA", new(2.2, 102.25)), ("ID-DUMAI", new(1.7, 101.45)),
        ("ID-SABANG", new(5.9, 95.3)), ("ID-BELAWAN", new(3.8, 98.7)), ("MY-KUANTAN", new(3.8, 103.35)),
        ("VN-VUNG-TAU", new(10.35, 107.1)), ("VN-NHA-TRANG", new(12.2, 109.2)), ("VN-DA-NANG", new(16.1, 108.2)),
        ("VN-CON-DAO", new(8.7, 106.6)), ("CN-SANYA", new(18.25, 109.5)), ("CN-YONGXING", new(16.83, 112.33)),
        ("HK-WAGLAN", new(22.18, 114.3)), ("CN-SHANTOU", new(23.35, 116.7)), ("CN-XIAMEN", new(24.45, 118.1)),
        ("TW-PENGHU", new(23.55, 119.6)), ("TW-KAOHSIUNG", new(22.6, 120.3)), ("TW-KEELUNG", new(25.15, 121.75)),
        ("TW-TAICHUNG", new(24.25, 120.5)), ("CN-FUZHOU", new(26.0, 119.7)), ("CN-WENZHOU", new(27.95, 121.1)),
        ("CN-ZHOUSHAN", new(30.0, 122.3)), ("CN-SHENGSI", new(30.7, 122.45)), ("CN-SHANGHAI", new(31.2, 121.9)),
        ("CN-SHEYANG", new(33.8, 120.5)), ("KR-MARADO", new(33.1, 126.27)), ("KR-GEOMUNDO", new(34.0, 127.3)),
        ("KR-BUSAN", new(35.1, 129.05)), ("KR-ULSAN", new(35.5, 129.4)), ("KR-POHANG", new(36.0, 129.55)),
        ("KR-ULLEUNGDO", new(37.5, 130.9)), ("JP-TSUSHIMA", new(34.2, 129.3)), ("JP-FUKUOKA", new(33.6, 130.35)),
        ("JP-SHIMONOSEKI", new(33.95, 130.95)), ("JP-KOCHI", new(33.5, 133.55)), ("JP-KAGOSHIMA", new(31.5, 130.55)),
        ("JP-TANEGASHIMA", new(30.7, 131.0)), ("JP-SHIONOMISAKI", new(33.45, 135.75)), ("JP-OMAEZAKI", new(34.6, 138.2)),
        ("JP-TOKYO-BAY", new(35.3, 139.75)), ("JP-OKI", new(36.2, 133.3)), ("JP-SADO", new(38.0, 138.4)),
        ("JP-OGA", new(39.9, 139.8)), ("JP-TSUGARU", new(41.45, 140.5)), ("JP-ISHIGAKI", new(24.35, 124.15)),
        ("JP-MIYAKO", new(24.8, 125.3)), ("JP-NAHA", new(26.2, 127.65)), ("JP-AMAMI", new(28.4, 129.5)),
        ("JP-OSAKA", new(34.6, 135.2)), ("PH-MANILA", new(14.55, 120.9)), ("PH-SUBIC", new(14.8, 120.25)),
        ("PH-BOLINAO", new(16.4, 119.9)), ("PH-APARRI", new(18.35, 121.6)), ("PH-BATANES", new(20.45, 121.95)),
        ("PH-PUERTO-PRINCESA", new(9.75, 118.7)), ("PH-BATANGAS", new(13.75, 121.05)), ("TH-SATTAHIP", new(12.65, 100.9)),
        ("TH-CHUMPHON", new(10.5, 99.2)), ("VN-PHU-QUOC", new(10.2, 104.0)), ("MY-KOTA-KINABALU", new(5.98, 116.07)),
        ("CN-WEIHAI", new(37.5, 122.1)), ("KR-INCHEON", new(37.45, 126.6)), ("KR-HUKSANDO", new(34.68, 125.43)),
        ("JP-YONAGUNI", new(24.45, 123.0)),
    ];

    /// <summary>How far a shore station hears a ship's AIS, in nautical miles (VHF line of sight from a mast).</summary>
    public const double ShoreRangeNm = 40;

    /// <summary>Scarborough Shoal, the disputed feature of the loitering event.</summary>
    public static LatLon ScarboroughShoal { get; } = new(15.15, 117.76);
}
