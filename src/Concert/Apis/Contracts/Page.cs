namespace Concert.Apis.Contracts;

/// <summary>One page of a list, newest first.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="NextBefore">Pass as <c>before</c> for the next (older) page; null on the last page.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, long? NextBefore);
