using Concert.Sharing;

namespace Concert.Pooling.CostSharing;

/// <summary>One line of an equivalent-unit ledger: a nation provided (positive) or received (negative) so many units.</summary>
/// <param name="Nation">The nation.</param>
/// <param name="Units">Equivalent units, positive for service provided, negative for service received or owed.</param>
/// <param name="Description">What the line is for.</param>
public sealed record LedgerEntry(Trigraph Nation, double Units, string Description);
