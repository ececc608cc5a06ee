using System.Diagnostics.Metrics;

namespace Concert.Maritime.Tests.Support;

/// <summary>
/// Meters of one test only: each is created with this factory as its scope, so a collector listening by scope never
/// sees the measurements of tests running beside it.
/// </summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(meter => meter.Dispose());
}
