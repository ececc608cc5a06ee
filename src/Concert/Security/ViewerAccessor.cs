using Concert.Data;
using Microsoft.EntityFrameworkCore;

namespace Concert.Security;

/// <summary>Loads the signed-in user of the current request (once per request).</summary>
internal sealed class ViewerAccessor(IHttpContextAccessor http, ConcertDbContext db, SharingPolicy policy)
{
    private UserAccount? _account;

    /// <summary>The account of the signed-in user, tracked so it can be changed and saved.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The account.</returns>
    /// <exception cref="InvalidOperationException">Called on a request without a valid session, which the
    /// authorization policies exclude before any endpoint runs.</exception>
    public async Task<UserAccount> AccountAsync(CancellationToken cancellationToken)
    {
        if (_account is not null)
        {
            return _account;
        }

        long id = SessionClaims.AccountId(http.HttpContext?.User ?? new()) ?? throw new InvalidOperationException("The request has no signed-in user.");
        _account = await db.Users.SingleOrDefaultAsync(user => user.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"Account {id} does not exist.");
        return _account;
    }

    /// <summary>The signed-in user's sharing attributes.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The viewer.</returns>
    public async Task<Viewer> ViewerAsync(CancellationToken cancellationToken) =>
        (await AccountAsync(cancellationToken)).ToViewer(policy.Registry);
}
