using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>The flag an MMSI claims through its Maritime Identification Digits.</summary>
/// <param name="Mid">The three Maritime Identification Digits (201..775).</param>
/// <param name="Country">The flag's ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">The ITU's name for the administration or territory the MID is allocated to.</param>
public sealed record FlagState(int Mid, Trigraph Country, string Name);
