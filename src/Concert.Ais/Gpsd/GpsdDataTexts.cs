using System.Collections.Frozen;

namespace Concert.Ais.Gpsd;

/// <summary>
/// The fixed texts gpsd prints beside coded values of the binary, safety and link-management messages and of the
/// type 6 and 8 applications (<c>stationtype_text</c>, <c>racon_text</c>, <c>preciptype_text</c>, …), copied from
/// gpsdecode 3.22 output.
/// </summary>
public static class GpsdDataTexts
{
    private static readonly byte[][] StationTypes =
    [
        "All types of mobiles"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "All types of Class B mobile stations"u8.ToArray(),
        "SAR airborne mobile station"u8.ToArray(),
        "Aid to Navigation station"u8.ToArray(),
        "Class B shipborne mobile station"u8.ToArray(),
        "Regional use and inland waterways"u8.ToArray(),
        "Regional use and inland waterways"u8.ToArray(),
        "Regional use and inland waterways"u8.ToArray(),
        "Regional use and inland waterways"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
    ];

    private static readonly byte[][] RaconStatuses =
    [
        "No RACON installed"u8.ToArray(),
        "RACON not monitored"u8.ToArray(),
        "RACON operational"u8.ToArray(),
        "RACON ERROR"u8.ToArray(),
    ];

    private static readonly byte[][] LightStatuses =
    [
        "No light or no monitoring"u8.ToArray(),
        "Light ON"u8.ToArray(),
        "Light OFF"u8.ToArray(),
        "Light ERROR"u8.ToArray(),
    ];

    private static readonly byte[][] Trends =
    [
        "steady"u8.ToArray(),
        "increasing"u8.ToArray(),
        "decreasing"u8.ToArray(),
        "N/A"u8.ToArray(),
    ];

    // WMO 306, code table 4.201, as gpsd labels it.
    private static readonly byte[][] PrecipitationTypes =
    [
        "reserved"u8.ToArray(),
        "rain"u8.ToArray(),
        "thunderstorm"u8.ToArray(),
        "freezing rain"u8.ToArray(),
        "mixed/ice"u8.ToArray(),
        "snow"u8.ToArray(),
        "reserved"u8.ToArray(),
        "N/A"u8.ToArray(),
    ];

    private static readonly byte[][] IceStates =
    [
        "no"u8.ToArray(),
        "yes"u8.ToArray(),
        "reserved"u8.ToArray(),
        "N/A"u8.ToArray(),
    ];

    private static readonly byte[][] InlandHazards =
    [
        "0 blue cones/lights"u8.ToArray(),
        "1 blue cone/light"u8.ToArray(),
        "2 blue cones/lights"u8.ToArray(),
        "3 blue cones/lights"u8.ToArray(),
        "4 B-Flag"u8.ToArray(),
        "Unknown"u8.ToArray(),
    ];

    private static readonly byte[][] InlandLoadStatuses =
    [
        "N/A (default)"u8.ToArray(),
        "Unloaded"u8.ToArray(),
        "Loaded"u8.ToArray(),
    ];

    private static readonly byte[][] InlandDirections =
    [
        "Unknown"u8.ToArray(),
        "Upstream"u8.ToArray(),
        "Downstream"u8.ToArray(),
        "To left bank"u8.ToArray(),
        "To right bank"u8.ToArray(),
    ];

    private static readonly byte[][] InlandSignalStatuses =
    [
        "Unknown"u8.ToArray(),
        "No light"u8.ToArray(),
        "White"u8.ToArray(),
        "Yellow"u8.ToArray(),
        "Green"u8.ToArray(),
        "Red"u8.ToArray(),
        "White flashing"u8.ToArray(),
        "Yellow flashing."u8.ToArray(),
    ];

    private static readonly byte[][] RouteTypes =
    [
        "Undefined (default)"u8.ToArray(),
        "Mandatory"u8.ToArray(),
        "Recommended"u8.ToArray(),
        "Alternative"u8.ToArray(),
        "Recommended route through ice"u8.ToArray(),
        "Ship route plan"u8.ToArray(),
    ];

    private static readonly byte[][] LockStatuses =
    [
        "Operational"u8.ToArray(),
        "Limited operation"u8.ToArray(),
        "Out of order"u8.ToArray(),
        "N/A"u8.ToArray(),
    ];

    private static readonly byte[][] EmmaTypes =
    [
        "Not Available"u8.ToArray(),
        "Wind"u8.ToArray(),
        "Rain"u8.ToArray(),
        "Snow and ice"u8.ToArray(),
        "Thunderstorm"u8.ToArray(),
        "Fog"u8.ToArray(),
        "Low temperature"u8.ToArray(),
        "High temperature"u8.ToArray(),
        "Flood"u8.ToArray(),
        "Forest Fire"u8.ToArray(),
    ];

    private static readonly byte[][] EmmaClasses =
    [
        "Slight"u8.ToArray(),
        "Medium"u8.ToArray(),
        "Strong"u8.ToArray(),
    ];

    private static readonly byte[][] EmmaWinds =
    [
        "N/A"u8.ToArray(),
        "North"u8.ToArray(),
        "North East"u8.ToArray(),
        "East"u8.ToArray(),
        "South East"u8.ToArray(),
        "South"u8.ToArray(),
        "South West"u8.ToArray(),
        "West"u8.ToArray(),
        "North West"u8.ToArray(),
    ];

    private static readonly byte[][] BerthPositions =
    [
        "Not available"u8.ToArray(),
        "Port-side to"u8.ToArray(),
        "Starboard-side to"u8.ToArray(),
        "Mediterranean (end-on) mooring"u8.ToArray(),
        "Mooring buoy"u8.ToArray(),
        "Anchorage"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
    ];

    // gpsd matches an inland ship type on its ERI code or on the ITU ship type it maps to, first match wins.
    private static readonly (int Code, int ItuType, byte[] Text)[] InlandShipTypes =
    [
        (8000, 99, "Vessel, type unknown"u8.ToArray()),
        (8010, 79, "Motor freighter"u8.ToArray()),
        (8020, 89, "Motor tanker"u8.ToArray()),
        (8021, 80, "Motor tanker, liquid cargo, type N"u8.ToArray()),
        (8022, 80, "Motor tanker, liquid cargo, type C"u8.ToArray()),
        (8023, 89, "Motor tanker, dry cargo as if liquid (e.g. cement)"u8.ToArray()),
        (8030, 79, "Container vessel"u8.ToArray()),
        (8040, 80, "Gas tanker"u8.ToArray()),
        (8050, 79, "Motor freighter, tug"u8.ToArray()),
        (8060, 89, "Motor tanker, tug"u8.ToArray()),
        (8070, 79, "Motor freighter with one or more ships alongside"u8.ToArray()),
        (8080, 89, "Motor freighter with tanker"u8.ToArray()),
        (8090, 79, "Motor freighter pushing one or more freighters"u8.ToArray()),
        (8100, 89, "Motor freighter pushing at least one tank-ship"u8.ToArray()),
        (8110, 79, "Tug, freighter"u8.ToArray()),
        (8120, 89, "Tug, tanker"u8.ToArray()),
        (8130, 31, "Tug freighter, coupled"u8.ToArray()),
        (8140, 31, "Tug, freighter/tanker, coupled"u8.ToArray()),
        (8150, 99, "Freightbarge"u8.ToArray()),
        (8160, 99, "Tankbarge"u8.ToArray()),
        (8161, 90, "Tankbarge, liquid cargo, type N"u8.ToArray()),
        (8162, 90, "Tankbarge, liquid cargo, type C"u8.ToArray()),
        (8163, 99, "Tankbarge, dry cargo as if liquid (e.g. cement)"u8.ToArray()),
        (8170, 99, "Freightbarge with containers"u8.ToArray()),
        (8180, 90, "Tankbarge, gas"u8.ToArray()),
        (8210, 79, "Pushtow, one cargo barge"u8.ToArray()),
        (8220, 79, "Pushtow, two cargo barges"u8.ToArray()),
        (8230, 79, "Pushtow, three cargo barges"u8.ToArray()),
        (8240, 79, "Pushtow, four cargo barges"u8.ToArray()),
        (8250, 79, "Pushtow, five cargo barges"u8.ToArray()),
        (8260, 79, "Pushtow, six cargo barges"u8.ToArray()),
        (8270, 79, "Pushtow, seven cargo barges"u8.ToArray()),
        (8280, 79, "Pushtow, eigth cargo barges"u8.ToArray()),
        (8290, 79, "Pushtow, nine or more barges"u8.ToArray()),
        (8310, 80, "Pushtow, one tank/gas barge"u8.ToArray()),
        (8320, 80, "Pushtow, two barges at least one tanker or gas barge"u8.ToArray()),
        (8330, 80, "Pushtow, three barges at least one tanker or gas barge"u8.ToArray()),
        (8340, 80, "Pushtow, four barges at least one tanker or gas barge"u8.ToArray()),
        (8350, 80, "Pushtow, five barges at least one tanker or gas barge"u8.ToArray()),
        (8360, 80, "Pushtow, six barges at least one tanker or gas barge"u8.ToArray()),
        (8370, 80, "Pushtow, seven barges at least one tanker or gas barg"u8.ToArray()),
    ];

    private static readonly FrozenDictionary<int, byte[]> InlandShipTypeByCode = BuildInlandShipTypeIndex();

    /// <summary>gpsd's text for a type 23 station type (0..15).</summary>
    public static ReadOnlySpan<byte> StationType(int stationType) => StationTypes[stationType & 15];

    /// <summary>gpsd's text for the RACON status of a GLA AtoN monitoring message (0..3).</summary>
    public static ReadOnlySpan<byte> RaconStatus(int status) => RaconStatuses[status & 3];

    /// <summary>gpsd's text for the light status of a GLA AtoN monitoring message (0..3).</summary>
    public static ReadOnlySpan<byte> LightStatus(int status) => LightStatuses[status & 3];

    /// <summary>gpsd's text for a pressure or water-level trend (0..3).</summary>
    public static ReadOnlySpan<byte> Trend(int trend) => Trends[trend & 3];

    /// <summary>gpsd's text for a precipitation type (0..7).</summary>
    public static ReadOnlySpan<byte> PrecipitationType(int type) => PrecipitationTypes[type & 7];

    /// <summary>gpsd's text for the ice field (0..3).</summary>
    public static ReadOnlySpan<byte> Ice(int ice) => IceStates[ice & 3];

    /// <summary>gpsd's text for the inland blue-cone hazard code (0..5; higher values are never decoded).</summary>
    public static ReadOnlySpan<byte> InlandHazard(int hazard) =>
        hazard is >= 0 and < 6 ? InlandHazards[hazard] : "INVALID HAZARD TYPE"u8;

    /// <summary>gpsd's text for the inland loaded/unloaded status (0..3).</summary>
    public static ReadOnlySpan<byte> InlandLoadStatus(int loaded) =>
        loaded is >= 0 and < 3 ? InlandLoadStatuses[loaded] : "INVALID LOAD STATUS"u8;

    /// <summary>gpsd's text for an IMO 289 route type (0..31).</summary>
    public static ReadOnlySpan<byte> RouteType(int routeType) => routeType switch
    {
        >= 0 and < 6 => RouteTypes[routeType],
        31 => "Cancel route identified by message linkage"u8,
        _ => "Reserved for future use."u8,
    };

    /// <summary>gpsd's text for the status of a lock, bridge or terminal in an inland RTA message (0..3).</summary>
    public static ReadOnlySpan<byte> LockStatus(int status) => LockStatuses[status & 3];

    /// <summary>gpsd's text for an EMMA weather warning type (0..9).</summary>
    public static ReadOnlySpan<byte> EmmaType(int type) => type is >= 0 and < 10 ? EmmaTypes[type] : "INVALID EMMA TYPE"u8;

    /// <summary>gpsd's text for an EMMA warning intensity (0..2); gpsd reuses its invalid-type text above that.</summary>
    public static ReadOnlySpan<byte> EmmaClass(int intensity) => intensity is >= 0 and < 3 ? EmmaClasses[intensity] : "INVALID EMMA TYPE"u8;

    /// <summary>gpsd's text for an EMMA wind direction (0..8).</summary>
    public static ReadOnlySpan<byte> EmmaWind(int wind) => wind is >= 0 and < 9 ? EmmaWinds[wind] : "INVALID EMMA WIND DIRECTION"u8;

    /// <summary>gpsd's text for the mooring position of IMO 289 berthing data (0..7).</summary>
    public static ReadOnlySpan<byte> BerthPosition(int position) => BerthPositions[position & 7];

    /// <summary>gpsd's text for the direction of an inland signal (0..4; higher values are invalid).</summary>
    public static ReadOnlySpan<byte> InlandDirection(int direction) =>
        direction is >= 0 and < 5 ? InlandDirections[direction] : "INVALID DIRECTION"u8;

    /// <summary>gpsd's text for the status of an inland signal (0..7; higher values are invalid).</summary>
    public static ReadOnlySpan<byte> InlandSignalStatus(int status) =>
        status is >= 0 and < 8 ? InlandSignalStatuses[status] : "INVALID STATUS"u8;

    /// <summary>gpsd's text for an inland (ERI) ship type, matched on the ERI code or its ITU equivalent.</summary>
    public static ReadOnlySpan<byte> InlandShipType(int shipType) =>
        InlandShipTypeByCode.TryGetValue(shipType, out byte[]? text) ? text : "Illegal ship type value."u8;

    private static FrozenDictionary<int, byte[]> BuildInlandShipTypeIndex()
    {
        var index = new Dictionary<int, byte[]>();
        foreach ((int code, int ituType, byte[] text) in InlandShipTypes)
        {
            // The ERI codes (8000..8370) and ITU types (31..99) never overlap, so first-match order is kept by TryAdd.
            index.TryAdd(code, text);
            index.TryAdd(ituType, text);
        }
        return index.ToFrozenDictionary();
    }
}
