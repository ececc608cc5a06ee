namespace Concert.Maritime.Picture;

/// <summary>
/// One element of the picture's slot array: the vessel's <see cref="VesselSlot"/> and the state last built from it, side
/// by side, so a viewport query reads a vessel that has not changed since it was last read with one array access.
/// </summary>
internal struct PictureEntry
{
    /// <summary>Where the vessel's base state and pending position are kept.</summary>
    public VesselSlot Slot;

    /// <summary>The current state, or null when the writer has changed the vessel since a state was last built.</summary>
    public VesselState? State;
}
