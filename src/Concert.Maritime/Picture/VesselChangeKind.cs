namespace Concert.Maritime.Picture;

/// <summary>How a vessel changed in a subscribed viewport since the last delivered batch.</summary>
public enum VesselChangeKind
{
    /// <summary>It was not visible in the viewport and now is (new, moved in, or newly releasable).</summary>
    Entered,

    /// <summary>It was visible and still is, with a new state.</summary>
    Updated,

    /// <summary>It was visible and no longer is (moved out, or no longer releasable to the viewer).</summary>
    Left,
}
