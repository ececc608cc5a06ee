using System.Globalization;

namespace Concert.Live.Benchmarks;

/// <summary>What one run measures: <c>[vessels] [clients] [seconds] [interval ms] [viewport degrees]</c>.</summary>
internal sealed record LiveSettings(int Vessels, int Clients, int Seconds, int IntervalMilliseconds, double ViewportDegrees)
{
    /// <summary>The region the fleet sails in: 0–40° N, 100–140° E (South and East China Seas, Sea of Japan).</summary>
    public const double South = 0, North = 40, West = 100, East = 140;

    public static LiveSettings Parse(string[] args)
    {
        double Arg(int index, double fallback) => args.Length > index ? double.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        return new LiveSettings((int)Arg(0, 50_000), (int)Arg(1, 100), (int)Arg(2, 30), (int)Arg(3, 1000), Arg(4, 8));
    }
}
