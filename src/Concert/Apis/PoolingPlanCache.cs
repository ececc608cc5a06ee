using System.Collections.Concurrent;
using Concert.Pooling.Planning;

namespace Concert.Apis;

/// <summary>
/// The planner's own form of recently stored plans, so that a what-if re-plans from the plan itself (its unit counts
/// are the warm start) rather than from scratch. Bounded; a plan not held (after a restart) is planned again from its
/// stored inputs first.
/// </summary>
internal sealed class PoolingPlanCache
{
    /// <summary>Plans held at most.</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<long, PoolingPlan> _plans = new();
    private readonly ConcurrentQueue<long> _order = new();

    /// <summary>Keeps a plan, dropping the oldest beyond <see cref="Capacity"/>.</summary>
    /// <param name="storedId">The stored plan's key.</param>
    /// <param name="plan">The plan.</param>
    public void Add(long storedId, PoolingPlan plan)
    {
        if (_plans.TryAdd(storedId, plan))
        {
            _order.Enqueue(storedId);
        }

        while (_order.Count > Capacity && _order.TryDequeue(out long oldest))
        {
            _plans.TryRemove(oldest, out _);
        }
    }

    /// <summary>The plan of a stored key, if held.</summary>
    /// <param name="storedId">The key.</param>
    /// <returns>The plan, or null.</returns>
    public PoolingPlan? Find(long storedId) => _plans.GetValueOrDefault(storedId);
}
