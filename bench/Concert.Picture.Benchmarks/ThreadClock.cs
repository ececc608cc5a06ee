using System.Runtime.InteropServices;

namespace Concert.Picture.Benchmarks;

/// <summary>
/// The processor time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a machine shared with other work a
/// query's wall time measures the scheduler as much as the query, its thread's processor time only the query.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>Milliseconds of processor time the calling thread has used.</summary>
    public static double Milliseconds()
    {
        _ = GetTime(ThreadCpuTimeClock, out TimeSpec time);
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int GetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
