namespace Concert.Maritime.Picture;

/// <summary>
/// What an MMSI says about its station: the kind of station and the flag of its Maritime Identification Digits.
/// </summary>
/// <remarks>
/// The MID sits at a different place in each form (ITU-R M.585-9): MIDxxxxxx for ships, 0MIDxxxxx for groups,
/// 00MIDxxxx for coast stations, 111MIDxxx for SAR aircraft, 98MIDxxxx for craft of a parent ship, 99MIDxxxx for aids
/// to navigation and 8MIDxxxxx for handhelds. The 970, 972 and 974 forms of distress devices carry a manufacturer id,
/// not a MID, so they have no flag.
/// </remarks>
/// <param name="Mmsi">The MMSI.</param>
/// <param name="Kind">The kind of station.</param>
/// <param name="Flag">The flag of the MID, or null when the form has no MID or the MID is not allocated.</param>
public readonly record struct MaritimeIdentity(uint Mmsi, MmsiKind Kind, FlagState? Flag)
{
    private const uint Largest = 999_999_999;

    /// <summary>Classifies an MMSI and looks up its flag.</summary>
    /// <param name="mmsi">The 30-bit MMSI field.</param>
    public static MaritimeIdentity Of(uint mmsi)
    {
        if (mmsi is 0 or > Largest)
        {
            return new MaritimeIdentity(mmsi, MmsiKind.Invalid, null);
        }
        (MmsiKind kind, int mid) = Classify(mmsi);
        return new MaritimeIdentity(mmsi, kind, mid == 0 ? null : MidTable.Find(mid));
    }

    // Returns the kind and the MID (0 when the form has none).
    private static (MmsiKind Kind, int Mid) Classify(uint mmsi)
    {
        uint leading3 = mmsi / 1_000_000;
        uint leading2 = mmsi / 10_000_000;
        return mmsi switch
        {
            < 1_000_000 => (MmsiKind.Invalid, 0),
            < 10_000_000 => (MmsiKind.CoastStation, (int)(mmsi / 10_000)),
            < 100_000_000 => (MmsiKind.ShipGroup, (int)(mmsi / 100_000)),
            _ when leading3 == 111 => (MmsiKind.SarAircraft, (int)(mmsi / 1_000 % 1_000)),
            _ when leading3 == 970 => (MmsiKind.SearchAndRescueTransmitter, 0),
            _ when leading3 == 972 => (MmsiKind.ManOverboard, 0),
            _ when leading3 == 974 => (MmsiKind.Epirb, 0),
            _ when leading2 == 98 => (MmsiKind.AuxiliaryCraft, (int)(mmsi / 10_000 % 1_000)),
            _ when leading2 == 99 => (MmsiKind.AidToNavigation, (int)(mmsi / 10_000 % 1_000)),
            _ when leading2 / 10 == 8 => (MmsiKind.Handheld, (int)(mmsi / 100_000 % 1_000)),
            _ when leading3 is >= 201 and <= 775 => (MmsiKind.Ship, (int)leading3),
            _ => (MmsiKind.Invalid, 0),
        };
    }
}
