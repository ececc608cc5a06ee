using Concert.Data;
using Concert.Sharing;

namespace Concert.Security;

/// <summary>Turns stored accounts into the types sharing decisions use.</summary>
internal static class AccountSubjects
{
    /// <summary>The viewer of an account, its communities looked up in <paramref name="registry"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="registry">The known communities; identifiers it does not know are kept as unknown communities,
    /// which have no members and match only labels naming them.</param>
    /// <returns>The viewer.</returns>
    public static Viewer ToViewer(this UserAccount account, CommunityRegistry registry)
    {
        // A stored code that no longer parses is no nation, which is released nothing: fail closed.
        Trigraph nation = Trigraph.TryParse(account.Nation, out Trigraph parsed) ? parsed : default;
        var communities = account.Communities.Select(identifier =>
            registry.TryGetCommunity(identifier, out Community? known) ? known : new Community(identifier, identifier));
        var subject = new SharingSubject(nation, account.Clearance, communities, account.Caveats);
        return new Viewer(account.Id, account.UserName, account.DisplayName, [.. account.Roles], account.SecurityStamp, subject);
    }
}
