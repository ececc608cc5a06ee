namespace Concert.Maritime.Picture;

/// <summary>What a position report written into a vessel's slot changed (<see cref="MaritimePicture.WriteFix"/>).</summary>
internal enum FixOutcome
{
    /// <summary>Nothing: no position or an older one than held, and the class already known.</summary>
    Unchanged,

    /// <summary>Only the station's class: a change for the journal, nothing for the grid.</summary>
    ClassChanged,

    /// <summary>A newer position: a change for the journal and a place in the grid.</summary>
    Positioned,

    /// <summary>Nothing yet: the report's label must be combined with those of the vessel's other parts, by the full merge.</summary>
    NeedsFullMerge,
}
