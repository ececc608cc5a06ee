namespace Concert.Tests.Serve;

/// <summary>Two matrix hosts whose clocks stand either side of the membership changes (the fake clock only goes forward).</summary>
public sealed class LeakMatrixFixture : IAsyncLifetime
{
    internal LeakMatrixHost Before { get; private set; } = null!;

    internal LeakMatrixHost After { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Before = await LeakMatrixHost.StartAsync(LeakMatrix.Before);
        After = await LeakMatrixHost.StartAsync(LeakMatrix.After);
    }

    public async Task DisposeAsync()
    {
        await Before.Host.DisposeAsync();
        await After.Host.DisposeAsync();
    }
}
