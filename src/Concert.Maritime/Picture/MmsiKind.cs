namespace Concert.Maritime.Picture;

/// <summary>What kind of station an MMSI identifies, from its leading digits (ITU-R M.585).</summary>
public enum MmsiKind
{
    /// <summary>Not a valid nine-digit MMSI form.</summary>
    Invalid,

    /// <summary>A ship station: MIDxxxxxx.</summary>
    Ship,

    /// <summary>A group of ship stations: 0MIDxxxxx.</summary>
    ShipGroup,

    /// <summary>A coast station: 00MIDxxxx.</summary>
    CoastStation,

    /// <summary>A search-and-rescue aircraft: 111MIDxxx.</summary>
    SarAircraft,

    /// <summary>A craft associated with a parent ship (lifeboat, tender): 98MIDxxxx.</summary>
    AuxiliaryCraft,

    /// <summary>An aid to navigation: 99MIDxxxx.</summary>
    AidToNavigation,

    /// <summary>An AIS search-and-rescue transmitter: 970xxyyyy.</summary>
    SearchAndRescueTransmitter,

    /// <summary>A man-overboard device: 972xxyyyy.</summary>
    ManOverboard,

    /// <summary>An AIS-equipped EPIRB: 974xxyyyy.</summary>
    Epirb,

    /// <summary>A free-form number for a device other than a ship or its craft: 8MIDxxxxx (handheld VHF with DSC and GNSS).</summary>
    Handheld,
}
