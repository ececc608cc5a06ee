namespace Concert.Maritime.Exercise;

/// <summary>
/// A vessel's motion as a pure function of time, so that any instant can be computed directly, in any order, by any
/// thread: the key to deterministic, parallel generation.
/// </summary>
public interface IVesselTrack
{
    /// <summary>The vessel's kinematics at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    VesselKinematics At(DateTimeOffset at);
}
