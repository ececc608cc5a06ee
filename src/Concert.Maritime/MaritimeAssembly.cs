namespace Concert.Maritime;

/// <summary>Identifies the maritime module's assembly (for registration by scanning, and for architecture tests).</summary>
public static class MaritimeAssembly
{
    /// <summary>The module's name as shown in logs and metrics.</summary>
    public const string Name = "Concert.Maritime";
}
