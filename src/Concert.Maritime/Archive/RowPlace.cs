namespace Concert.Maritime.Archive;

/// <summary>Where a commit puts a row: see <see cref="NewestKeysBuilder{TKey}.Place"/>.</summary>
internal enum RowPlace
{
    /// <summary>Not stored yet: straight into the table.</summary>
    Append,

    /// <summary>Stored already: left out.</summary>
    Skip,

    /// <summary>Perhaps stored: through the staging table and the anti-join.</summary>
    Stage,
}
