namespace Concert.Pooling.Model;

/// <summary>The kind of asset a nation pledges.</summary>
public enum AssetType
{
    /// <summary>A destroyer or frigate: a surface combatant able to escort and to show presence.</summary>
    DestroyerOrFrigate,

    /// <summary>An offshore patrol vessel: surface presence and boarding at low cost, little escort capability.</summary>
    OffshorePatrolVessel,

    /// <summary>A maritime patrol aircraft (P-8, P-3): wide-area surveillance from a shore base.</summary>
    MaritimePatrolAircraft,

    /// <summary>A ship-borne or shore-based helicopter.</summary>
    Helicopter,

    /// <summary>An uncrewed aerial vehicle for persistent surveillance.</summary>
    Uav,

    /// <summary>A replenishment tanker that keeps surface units on station.</summary>
    Tanker,
}
