namespace Concert.Pooling.Model;

/// <summary>What an asset can do on station; a pledge has a set of them, a requirement asks for one.</summary>
[Flags]
public enum Capabilities
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Visible presence that deters (a hull or an aircraft on patrol).</summary>
    Presence = 1,

    /// <summary>Wide-area surface search and identification (radar, EO/IR, AIS correlation).</summary>
    Surveillance = 2,

    /// <summary>Close escort of merchant ships in group transits.</summary>
    Escort = 4,

    /// <summary>Visit, board, search and seizure.</summary>
    Boarding = 8,

    /// <summary>Replenishment at sea.</summary>
    Refuelling = 16,
}
