using Concert.Apis;
using Concert.Data;
using Concert.Maritime.Picture;
using Concert.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Concert.Hubs;

/// <summary>
/// <c>/hubs/maritime</c>: the live picture of a viewport, pushed to a signed-in user (contract: docs/maritime-live.md).
/// The hub only validates and registers subscriptions; <see cref="LiveViewports"/> decides what each connection is sent.
/// </summary>
/// <param name="viewports">The live subscriptions.</param>
/// <param name="db">The records, for the connection's account.</param>
/// <param name="policy">The sharing policy, whose community data make the viewer.</param>
internal sealed class MaritimeHub(LiveViewports viewports, ConcertDbContext db, SharingPolicy policy) : Hub
{
    /// <summary>The hub's path.</summary>
    public const string Path = "/hubs/maritime";

    /// <summary>The name of the message that carries a <see cref="ViewportSnapshot"/>.</summary>
    public const string SnapshotMessage = "snapshot";

    /// <summary>The name of the message that carries <see cref="ViewportChanges"/>.</summary>
    public const string ChangesMessage = "changes";

    /// <summary>Watches a viewport instead of any earlier one: a snapshot follows, then changes.</summary>
    /// <param name="subscription">The box and filters.</param>
    /// <exception cref="HubException">The box or a filter is not valid (the earlier subscription stays).</exception>
    public async Task Subscribe(ViewportSubscription subscription)
    {
        if (subscription is null)
        {
            throw new HubException("The viewport is not valid: a subscription with 'west', 'south', 'east' and 'north' is required.");
        }

        Dictionary<string, string[]> errors = MaritimeApi.ValidateBox(subscription.West, subscription.South, subscription.East, subscription.North);
        HashSet<VesselClass>? classes = null;
        foreach (string name in subscription.Classes ?? [])
        {
            if (!Enum.TryParse(name, ignoreCase: false, out VesselClass vesselClass) || !Enum.IsDefined(vesselClass) || int.TryParse(name, out _))
            {
                errors["classes"] = [$"'{name}' is not a vessel class; use {string.Join(", ", Enum.GetNames<VesselClass>())}."];
                break;
            }

            (classes ??= []).Add(vesselClass);
        }

        if (errors.Count > 0)
        {
            throw new HubException("The viewport is not valid: " + string.Join(" ", errors.Values.SelectMany(messages => messages)));
        }

        var box = new GeoBox(subscription.South!.Value, subscription.West!.Value, subscription.North!.Value, subscription.East!.Value);
        DateTimeOffset? expires = Context.GetHttpContext()?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc;
        Viewer viewer;
        try
        {
            viewer = await ViewerAsync();
        }
        catch (OperationCanceledException) when (Context.ConnectionAborted.IsCancellationRequested)
        {
            // The client left while its account was read (a map closed or re-subscribing as it reconnects): there is
            // no one to answer, and SignalR would log the cancellation as a failed invocation.
            return;
        }

        viewports.Subscribe(Context.ConnectionId, viewer, box, classes, expires, Context.Abort, Context.ConnectionAborted);
    }

    /// <summary>Stops pushes to this connection.</summary>
    public void Unsubscribe() => viewports.Unsubscribe(Context.ConnectionId);

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        viewports.Unsubscribe(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    // The account is read at each subscription, so a re-subscription sees changed nation, clearance or communities.
    private async Task<Viewer> ViewerAsync()
    {
        long id = SessionClaims.AccountId(Context.User ?? new()) ?? throw new HubException("The connection has no signed-in user.");
        UserAccount account = await db.Users.AsNoTracking().SingleOrDefaultAsync(user => user.Id == id, Context.ConnectionAborted)
            ?? throw new HubException("The connection's account no longer exists.");
        return account.ToViewer(policy.Registry);
    }
}
