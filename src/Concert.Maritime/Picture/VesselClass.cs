namespace Concert.Maritime.Picture;

/// <summary>What kind of AIS station a picture entry is, from the messages it sent.</summary>
public enum VesselClass
{
    /// <summary>No message has told yet (only a type 27 long-range report, for instance).</summary>
    Unknown,

    /// <summary>A class A ship station (types 1–3 and 5).</summary>
    ClassA,

    /// <summary>A class B ship station (types 18, 19 and 24).</summary>
    ClassB,

    /// <summary>A search-and-rescue aircraft (type 9).</summary>
    SarAircraft,

    /// <summary>An aid to navigation (type 21).</summary>
    AidToNavigation,
}
