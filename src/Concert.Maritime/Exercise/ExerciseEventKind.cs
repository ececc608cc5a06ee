namespace Concert.Maritime.Exercise;

/// <summary>The kinds of scripted event in the exercise, each something the detectors should find.</summary>
public enum ExerciseEventKind
{
    /// <summary>Two ships alongside at sea long enough to transfer cargo.</summary>
    ShipToShipTransfer,

    /// <summary>A ship stops transmitting for many hours and reappears.</summary>
    GoingDark,

    /// <summary>One MMSI reported from two places too far apart to be one ship.</summary>
    IdentitySpoofing,

    /// <summary>A fast craft closing on a merchant ship.</summary>
    FastApproach,

    /// <summary>A vessel lingering near a disputed feature.</summary>
    Loitering,
}
