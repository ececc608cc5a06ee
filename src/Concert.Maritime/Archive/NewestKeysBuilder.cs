namespace Concert.Maritime.Archive;

/// <summary>
/// Sorts the rows of one commit against the <see cref="NewestStoredKeys{TKey}"/> before it, and gathers the keys the commit
/// adds at the newest time so that <see cref="NewestStoredKeys{TKey}.After"/> can bring them up to date once it has committed.
/// </summary>
/// <param name="stored">What is stored before this commit.</param>
/// <param name="keysAtNewest">An empty set for <see cref="KeysAtNewest"/>.</param>
/// <param name="keysAtStoredTime">An empty set for <see cref="KeysAtStoredTime"/>.</param>
internal sealed class NewestKeysBuilder<TKey>(NewestStoredKeys<TKey> stored, HashSet<TKey> keysAtNewest, HashSet<TKey> keysAtStoredTime)
    where TKey : IEquatable<TKey>
{
    /// <summary>The newest time stored once this commit is in, as far as it has been told.</summary>
    public long NewestTime { get; private set; } = stored.Time;

    /// <summary>Keys this commit writes at <see cref="NewestTime"/>, when that is later than the stored time.</summary>
    public HashSet<TKey> KeysAtNewest { get; } = keysAtNewest;

    /// <summary>Keys this commit writes at the stored time.</summary>
    public HashSet<TKey> KeysAtStoredTime { get; } = keysAtStoredTime;

    /// <summary>
    /// Decides where a row goes: <see cref="RowPlace.Append"/> when it is certainly not stored (written straight into the
    /// table), <see cref="RowPlace.Skip"/> when it certainly is (at the stored time, or already written by this commit),
    /// <see cref="RowPlace.Stage"/> when only the anti-join can tell (older than the stored time).
    /// </summary>
    public RowPlace Place(long time, TKey key)
    {
        if (time > stored.Time)
        {
            if (time > NewestTime)
            {
                NewestTime = time;
                // Emptied, not replaced: a new set each second of a busy feed was most of what a commit allocated.
                KeysAtNewest.Clear();
            }
            if (time == NewestTime && !KeysAtNewest.Add(key))
            {
                return RowPlace.Skip;
            }
            return RowPlace.Append;
        }
        if (time == stored.Time)
        {
            return stored.Keys.Contains(key) || !KeysAtStoredTime.Add(key) ? RowPlace.Skip : RowPlace.Append;
        }
        return RowPlace.Stage;
    }
}
