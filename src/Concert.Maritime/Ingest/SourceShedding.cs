namespace Concert.Maritime.Ingest;

/// <summary>Positions one live feed has had shed, and when the watch was last told, so alerts come at most once a second.</summary>
internal sealed class SourceShedding
{
    private static readonly TimeSpan AlertInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private long _positions;
    private DateTimeOffset _lastAlert = DateTimeOffset.MinValue;

    public long Positions => Interlocked.Read(ref _positions);

    public long Add(int positions) => Interlocked.Add(ref _positions, positions);

    public bool ShouldAlert(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now - _lastAlert < AlertInterval)
            {
                return false;
            }
            _lastAlert = now;
            return true;
        }
    }
}
