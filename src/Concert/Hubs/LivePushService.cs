using Microsoft.Extensions.Options;

namespace Concert.Hubs;

/// <summary>Runs the push loop of <see cref="LiveViewports"/> on a timer of the host's clock, every push interval.</summary>
/// <param name="viewports">The live subscriptions.</param>
/// <param name="options">The push interval.</param>
/// <param name="time">The host's clock (fake in tests).</param>
/// <param name="logger">Where a failed interval is reported.</param>
internal sealed partial class LivePushService(LiveViewports viewports, IOptions<LiveOptions> options, TimeProvider time, ILogger<LivePushService> logger)
    : IHostedService, IDisposable
{
    private ITimer? _timer;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        TimeSpan interval = options.Value.PushInterval;
        _timer = time.CreateTimer(_ => PushOnce(), null, interval, interval);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        viewports.Dispose();
        return Task.CompletedTask;
    }

    // An interval that fails (the audit log cannot be written, say) sends nothing, since releases are audited before they
    // are posted; the next interval tries again. The exception must not escape: on a timer thread it would end the host.
    private void PushOnce()
    {
        try
        {
            viewports.Push();
        }
        catch (Exception error)
        {
            LogPushFailed(logger, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live push interval failed; nothing was sent in it")]
    private static partial void LogPushFailed(ILogger logger, Exception error);

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
