namespace Kronika.Ingest.Web;

/// <summary>Spaces the requests to each host at least <see cref="FetchOptions.HostDelay"/> apart (politeness).</summary>
/// <remarks>Each caller reserves the next free start time of its host under a lock and then waits outside it, so
/// callers on several threads queue up in order without holding the lock while they wait. Thread-safe.</remarks>
internal sealed class HostGate
{
    private readonly TimeSpan _delay;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _nextStart = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public HostGate(TimeSpan delay, TimeProvider time)
    {
        _delay = delay;
        _time = time;
    }

    /// <summary>Waits until a request to <paramref name="host"/> may start.</summary>
    public Task WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        if (_delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        TimeSpan wait;
        lock (_lock)
        {
            DateTimeOffset now = _time.GetUtcNow();
            DateTimeOffset start = _nextStart.TryGetValue(host, out DateTimeOffset next) && next > now ? next : now;
            _nextStart[host] = start + _delay;
            wait = start - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }
}
