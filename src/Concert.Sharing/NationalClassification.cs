namespace Concert.Sharing;

/// <summary>
/// How one nation marks information of one NATO <see cref="Classification"/> level.
/// </summary>
/// <remarks>This type is an immutable value type.</remarks>
/// <param name="Nation">The nation.</param>
/// <param name="Level">The NATO level.</param>
/// <param name="Marking">The national marking ("極秘 (GOKUHI)", "2급 비밀 (II-GEUP BIMIL)", "OFFICIAL-SENSITIVE").</param>
/// <param name="IsExactEquivalent">False when the nation has no level of its own for <paramref name="Level"/> and
/// the marking is the next higher national level that protects it (see <see cref="ClassificationEquivalence"/>).</param>
public readonly record struct NationalClassification(
    Trigraph Nation, Classification Level, string Marking, bool IsExactEquivalent);
