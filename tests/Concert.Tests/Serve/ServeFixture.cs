namespace Concert.Tests.Serve;

/// <summary>One exercise host shared by the tests of a class; tests that move its clock only move it forward.</summary>
public sealed class ServeFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    internal ConcertTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ConcertTestHost.StartAsync(Start);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
