using Microsoft.Extensions.Options;

namespace Concert.Hubs;

/// <summary>Runs the push loop of <see cref="LiveViewports"/> on a timer of the host's clock, every push interval.</summary>
/// <param name="viewports">The live subscriptions.</param>
/// <param name="options">The push interval.</param>
/// <param name="time">The host's clock (fake in tests).</param>
internal sealed class LivePushService(LiveViewports viewports, IOptions<LiveOptions> options, TimeProvider time) : IHostedService, IDisposable
{
    private ITimer? _timer;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        TimeSpan interval = options.Value.PushInterval;
        _timer = time.CreateTimer(_ => viewports.Push(), null, interval, interval);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        viewports.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
