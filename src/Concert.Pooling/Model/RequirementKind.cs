namespace Concert.Pooling.Model;

/// <summary>What a requirement asks to have on station.</summary>
public enum RequirementKind
{
    /// <summary>Units with a capability (surveillance, boarding) every week of the period, shortfalls weighted by risk.</summary>
    Coverage,

    /// <summary>Surface combatants or patrol vessels showing presence every week of the period.</summary>
    SurfacePresence,

    /// <summary>Escorts for the group transits scheduled in given weeks.</summary>
    GroupTransitEscort,
}
