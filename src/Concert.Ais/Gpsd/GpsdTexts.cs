namespace Concert.Ais.Gpsd;

/// <summary>
/// The fixed texts gpsd 3.22 prints beside coded values (<c>status_text</c>, <c>epfd_text</c>, <c>shiptype_text</c>,
/// <c>aid_type_text</c>), copied from the legend tables of gpsd's <c>json_aivdm_dump</c> with their spelling and
/// capitalisation, since tools that read gpsdecode's output match on them.
/// </summary>
public static class GpsdTexts
{
    private static readonly byte[][] NavigationStatuses =
    [
        "Under way using engine"u8.ToArray(),
        "At anchor"u8.ToArray(),
        "Not under command"u8.ToArray(),
        "Restricted manoeuverability"u8.ToArray(),
        "Constrained by her draught"u8.ToArray(),
        "Moored"u8.ToArray(),
        "Aground"u8.ToArray(),
        "Engaged in fishing"u8.ToArray(),
        "Under way sailing"u8.ToArray(),
        "Reserved for HSC"u8.ToArray(),
        "Reserved for WIG"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Not defined"u8.ToArray(),
    ];

    private static readonly byte[][] FixingDevices =
    [
        "Undefined"u8.ToArray(),
        "GPS"u8.ToArray(),
        "GLONASS"u8.ToArray(),
        "Combined GPS/GLONASS"u8.ToArray(),
        "Loran-C"u8.ToArray(),
        "Chayka"u8.ToArray(),
        "Integrated navigation system"u8.ToArray(),
        "Surveyed"u8.ToArray(),
        "Galileo"u8.ToArray(),
    ];

    private static readonly byte[][] ShipTypes =
    [
        "Not available"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Reserved for future use"u8.ToArray(),
        "Wing in ground (WIG) - all ships of this type"u8.ToArray(),
        "Wing in ground (WIG) - Hazardous category A"u8.ToArray(),
        "Wing in ground (WIG) - Hazardous category B"u8.ToArray(),
        "Wing in ground (WIG) - Hazardous category C"u8.ToArray(),
        "Wing in ground (WIG) - Hazardous category D"u8.ToArray(),
        "Wing in ground (WIG) - Reserved for future use"u8.ToArray(),
        "Wing in ground (WIG) - Reserved for future use"u8.ToArray(),
        "Wing in ground (WIG) - Reserved for future use"u8.ToArray(),
        "Wing in ground (WIG) - Reserved for future use"u8.ToArray(),
        "Wing in ground (WIG) - Reserved for future use"u8.ToArray(),
        "Fishing"u8.ToArray(),
        "Towing"u8.ToArray(),
        "Towing: length exceeds 200m or breadth exceeds 25m"u8.ToArray(),
        "Dredging or underwater ops"u8.ToArray(),
        "Diving ops"u8.ToArray(),
        "Military ops"u8.ToArray(),
        "Sailing"u8.ToArray(),
        "Pleasure Craft"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "High speed craft (HSC) - all ships of this type"u8.ToArray(),
        "High speed craft (HSC) - Hazardous category A"u8.ToArray(),
        "High speed craft (HSC) - Hazardous category B"u8.ToArray(),
        "High speed craft (HSC) - Hazardous category C"u8.ToArray(),
        "High speed craft (HSC) - Hazardous category D"u8.ToArray(),
        "High speed craft (HSC) - Reserved for future use"u8.ToArray(),
        "High speed craft (HSC) - Reserved for future use"u8.ToArray(),
        "High speed craft (HSC) - Reserved for future use"u8.ToArray(),
        "High speed craft (HSC) - Reserved for future use"u8.ToArray(),
        "High speed craft (HSC) - No additional information"u8.ToArray(),
        "Pilot Vessel"u8.ToArray(),
        "Search and Rescue vessel"u8.ToArray(),
        "Tug"u8.ToArray(),
        "Port Tender"u8.ToArray(),
        "Anti-pollution equipment"u8.ToArray(),
        "Law Enforcement"u8.ToArray(),
        "Spare - Local Vessel"u8.ToArray(),
        "Spare - Local Vessel"u8.ToArray(),
        "Medical Transport"u8.ToArray(),
        "Ship according to RR Resolution No. 18"u8.ToArray(),
        "Passenger - all ships of this type"u8.ToArray(),
        "Passenger - Hazardous category A"u8.ToArray(),
        "Passenger - Hazardous category B"u8.ToArray(),
        "Passenger - Hazardous category C"u8.ToArray(),
        "Passenger - Hazardous category D"u8.ToArray(),
        "Passenger - Reserved for future use"u8.ToArray(),
        "Passenger - Reserved for future use"u8.ToArray(),
        "Passenger - Reserved for future use"u8.ToArray(),
        "Passenger - Reserved for future use"u8.ToArray(),
        "Passenger - No additional information"u8.ToArray(),
        "Cargo - all ships of this type"u8.ToArray(),
        "Cargo - Hazardous category A"u8.ToArray(),
        "Cargo - Hazardous category B"u8.ToArray(),
        "Cargo - Hazardous category C"u8.ToArray(),
        "Cargo - Hazardous category D"u8.ToArray(),
        "Cargo - Reserved for future use"u8.ToArray(),
        "Cargo - Reserved for future use"u8.ToArray(),
        "Cargo - Reserved for future use"u8.ToArray(),
        "Cargo - Reserved for future use"u8.ToArray(),
        "Cargo - No additional information"u8.ToArray(),
        "Tanker - all ships of this type"u8.ToArray(),
        "Tanker - Hazardous category A"u8.ToArray(),
        "Tanker - Hazardous category B"u8.ToArray(),
        "Tanker - Hazardous category C"u8.ToArray(),
        "Tanker - Hazardous category D"u8.ToArray(),
        "Tanker - Reserved for future use"u8.ToArray(),
        "Tanker - Reserved for future use"u8.ToArray(),
        "Tanker - Reserved for future use"u8.ToArray(),
        "Tanker - Reserved for future use"u8.ToArray(),
        "Tanker - No additional information"u8.ToArray(),
        "Other Type - all ships of this type"u8.ToArray(),
        "Other Type - Hazardous category A"u8.ToArray(),
        "Other Type - Hazardous category B"u8.ToArray(),
        "Other Type - Hazardous category C"u8.ToArray(),
        "Other Type - Hazardous category D"u8.ToArray(),
        "Other Type - Reserved for future use"u8.ToArray(),
        "Other Type - Reserved for future use"u8.ToArray(),
        "Other Type - Reserved for future use"u8.ToArray(),
        "Other Type - Reserved for future use"u8.ToArray(),
        "Other Type - no additional information"u8.ToArray(),
    ];

    private static readonly byte[][] AidTypes =
    [
        "Unspecified"u8.ToArray(),
        "Reference point"u8.ToArray(),
        "RACON"u8.ToArray(),
        "Fixed offshore structure"u8.ToArray(),
        "Spare, Reserved for future use."u8.ToArray(),
        "Light, without sectors"u8.ToArray(),
        "Light, with sectors"u8.ToArray(),
        "Leading Light Front"u8.ToArray(),
        "Leading Light Rear"u8.ToArray(),
        "Beacon, Cardinal N"u8.ToArray(),
        "Beacon, Cardinal E"u8.ToArray(),
        "Beacon, Cardinal S"u8.ToArray(),
        "Beacon, Cardinal W"u8.ToArray(),
        "Beacon, Port hand"u8.ToArray(),
        "Beacon, Starboard hand"u8.ToArray(),
        "Beacon, Preferred Channel port hand"u8.ToArray(),
        "Beacon, Preferred Channel starboard hand"u8.ToArray(),
        "Beacon, Isolated danger"u8.ToArray(),
        "Beacon, Safe water"u8.ToArray(),
        "Beacon, Special mark"u8.ToArray(),
        "Cardinal Mark N"u8.ToArray(),
        "Cardinal Mark E"u8.ToArray(),
        "Cardinal Mark S"u8.ToArray(),
        "Cardinal Mark W"u8.ToArray(),
        "Port hand Mark"u8.ToArray(),
        "Starboard hand Mark"u8.ToArray(),
        "Preferred Channel Port hand"u8.ToArray(),
        "Preferred Channel Starboard hand"u8.ToArray(),
        "Isolated danger"u8.ToArray(),
        "Safe Water"u8.ToArray(),
        "Special Mark"u8.ToArray(),
        "Light Vessel / LANBY / Rigs"u8.ToArray(),
    ];

    /// <summary>gpsd's text for a navigational status code (0..15).</summary>
    public static ReadOnlySpan<byte> NavigationStatus(int status) => NavigationStatuses[status & 15];

    /// <summary>gpsd's text for an electronic position fixing device code (0..15); codes above 8 are "INVALID EPFD".</summary>
    public static ReadOnlySpan<byte> FixingDevice(int epfd) =>
        (uint)epfd < (uint)FixingDevices.Length ? FixingDevices[epfd] : "INVALID EPFD"u8;

    /// <summary>gpsd's text for a ship and cargo type code (0..255); codes from 100 up are "INVALID SHIP TYPE".</summary>
    public static ReadOnlySpan<byte> ShipType(int shipType) =>
        (uint)shipType < (uint)ShipTypes.Length ? ShipTypes[shipType] : "INVALID SHIP TYPE"u8;

    /// <summary>gpsd's text for an aid-to-navigation type code (0..31).</summary>
    public static ReadOnlySpan<byte> AidType(int aidType) =>
        (uint)aidType < (uint)AidTypes.Length ? AidTypes[aidType] : "INVALID NAVAID TYPE"u8;
}
