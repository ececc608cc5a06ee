namespace Concert.Pooling.Model;

/// <summary>Facts about <see cref="AssetType"/> values that requirements depend on.</summary>
public static class AssetTypes
{
    /// <summary>Whether the asset is a surface ship that counts towards surface presence (tankers do not: they
    /// support, they do not patrol).</summary>
    /// <param name="type">The asset type.</param>
    /// <returns>True for destroyers, frigates and offshore patrol vessels.</returns>
    public static bool IsSurfaceCombatantOrPatrol(this AssetType type) =>
        type is AssetType.DestroyerOrFrigate or AssetType.OffshorePatrolVessel;

    /// <summary>A short lower-case name for explanations ("destroyer/frigate").</summary>
    /// <param name="type">The asset type.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this AssetType type) => type switch
    {
        AssetType.DestroyerOrFrigate => "destroyer/frigate",
        AssetType.OffshorePatrolVessel => "offshore patrol vessel",
        AssetType.MaritimePatrolAircraft => "maritime patrol aircraft",
        AssetType.Helicopter => "helicopter",
        AssetType.Uav => "UAV",
        AssetType.Tanker => "tanker",
        _ => type.ToString(),
    };
}
