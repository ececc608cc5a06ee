namespace Concert.Hubs;

/// <summary>Settings of the live hub (configuration section "Concert:Live").</summary>
internal sealed class LiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert:Live";

    /// <summary>The shortest time between two "changes" messages to one connection, in milliseconds.</summary>
    public int PushIntervalMilliseconds { get; set; } = 500;

    /// <summary>
    /// The most vessel changes one connection may have waiting while it receives the previous message; beyond it (and
    /// beyond the number of vessels in its view) they are discarded, counted, and replaced by a fresh snapshot.
    /// </summary>
    public int MaxPendingVessels { get; set; } = 20_000;

    /// <summary>The push interval.</summary>
    public TimeSpan PushInterval => TimeSpan.FromMilliseconds(PushIntervalMilliseconds);
}
