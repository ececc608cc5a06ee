using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Live.Benchmarks;

/// <summary>
/// Vessels sailing straight lines through the region, each reporting at the ITU-R M.1371 class A rate of its speed
/// (at anchor every 3 minutes, under 14 knots every 10 s, 14–23 knots every 6 s, faster every 2 s), merged into the
/// picture on one writer thread with the wall-clock time of the report, so that a client can measure its lag.
/// </summary>
internal sealed class MovingFleet
{
    private readonly MaritimePicture _picture;
    private readonly ConfidentialityLabel _label;
    private readonly Vessel[] _vessels;
    private readonly PriorityQueue<int, long> _due = new();
    private readonly long _created = Environment.TickCount64;
    private long _reports;

    public MovingFleet(MaritimePicture picture, ConfidentialityLabel label, int count, int seed)
    {
        _picture = picture;
        _label = label;
        var random = new Random(seed);
        _vessels = new Vessel[count];
        long now = Environment.TickCount64;
        for (int i = 0; i < count; i++)
        {
            double draw = random.NextDouble();
            (double knots, int intervalMs) = draw switch
            {
                < 0.20 => (0.0, 180_000),
                < 0.70 => (6 + random.NextDouble() * 8, 10_000),
                < 0.95 => (14 + random.NextDouble() * 9, 6_000),
                _ => (23 + random.NextDouble() * 12, 2_000),
            };
            _vessels[i] = new Vessel(
                (uint)(431_000_000 + i),
                LiveSettings.South + random.NextDouble() * (LiveSettings.North - LiveSettings.South),
                LiveSettings.West + random.NextDouble() * (LiveSettings.East - LiveSettings.West),
                knots, random.NextDouble() * 360, intervalMs);
            _due.Enqueue(i, now + random.Next(intervalMs));
        }
    }

    /// <summary>Position reports merged so far.</summary>
    public long Reports => Volatile.Read(ref _reports);

    /// <summary>Reports every vessel once, so the picture holds the whole fleet before clients subscribe.</summary>
    public void ReportAll()
    {
        for (int i = 0; i < _vessels.Length; i++)
        {
            Report(i, 0);
        }
    }

    /// <summary>Sends the reports that fall due until cancelled.</summary>
    public void Run(CancellationToken stop)
    {
        // Reports that fell due while nobody ran the fleet are not sent in one burst: the schedule starts from now.
        long idle = Environment.TickCount64 - _created;
        (int Index, long Due)[] scheduled = [.. _due.UnorderedItems.Select(item => (item.Element, item.Priority + idle))];
        _due.Clear();
        foreach ((int index, long due) in scheduled)
        {
            _due.Enqueue(index, due);
        }

        while (!stop.IsCancellationRequested)
        {
            long now = Environment.TickCount64;
            while (_due.TryPeek(out int index, out long due) && due <= now)
            {
                _due.Dequeue();
                Report(index, _vessels[index].IntervalMs);
                _due.Enqueue(index, due + _vessels[index].IntervalMs);
            }

            Thread.Sleep(2);
        }
    }

    private void Report(int index, int elapsedMs)
    {
        ref Vessel vessel = ref _vessels[index];
        double hours = elapsedMs / 3_600_000.0;
        double course = vessel.CourseDegrees * Math.PI / 180;
        vessel.Latitude += vessel.Knots * hours * Math.Cos(course) / 60;
        vessel.Longitude += vessel.Knots * hours * Math.Sin(course) / (60 * Math.Cos(vessel.Latitude * Math.PI / 180));
        // Turn back at the region's edge, so the fleet stays where the viewports are.
        if (vessel.Latitude is < LiveSettings.South or > LiveSettings.North || vessel.Longitude is < LiveSettings.West or > LiveSettings.East)
        {
            vessel.Latitude = Math.Clamp(vessel.Latitude, LiveSettings.South, LiveSettings.North);
            vessel.Longitude = Math.Clamp(vessel.Longitude, LiveSettings.West, LiveSettings.East);
            vessel.CourseDegrees = (vessel.CourseDegrees + 180) % 360;
        }

        var report = new PositionReportClassA(
            1, 0, vessel.Mmsi, vessel.Knots == 0 ? 1 : 0, 0, (int)Math.Round(vessel.Knots * 10), true,
            (int)Math.Round(vessel.Longitude * 600_000), (int)Math.Round(vessel.Latitude * 600_000),
            (int)Math.Round(vessel.CourseDegrees * 10) % 3600, (int)Math.Round(vessel.CourseDegrees) % 360, 0, 0, 0, false, 0);
        _picture.Apply(in report, null, _label, DateTimeOffset.UtcNow);
        Volatile.Write(ref _reports, _reports + 1);
    }

    private record struct Vessel(uint Mmsi, double Latitude, double Longitude, double Knots, double CourseDegrees, int IntervalMs);
}
