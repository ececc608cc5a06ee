namespace Concert.Maritime.Exercise;

/// <summary>The kinds of vessel the exercise sails.</summary>
public enum VesselCategory
{
    /// <summary>Container ship on a liner route.</summary>
    ContainerShip,

    /// <summary>Crude or product tanker.</summary>
    Tanker,

    /// <summary>Bulk carrier.</summary>
    BulkCarrier,

    /// <summary>General cargo ship.</summary>
    GeneralCargo,

    /// <summary>Fishing vessel working a ground.</summary>
    FishingVessel,

    /// <summary>Passenger ferry on a short route.</summary>
    Ferry,

    /// <summary>Coast guard or navy patrol vessel on station.</summary>
    PatrolVessel,

    /// <summary>A fast small craft (the fast-approach event).</summary>
    FastCraft,
}
