namespace Concert.Apis.Contracts;

/// <summary>One period of membership.</summary>
/// <param name="Nation">The member's code.</param>
/// <param name="From">First day (inclusive).</param>
/// <param name="Until">First day no longer a member (exclusive), or null.</param>
internal sealed record MembershipResponse(string Nation, DateOnly From, DateOnly? Until);
