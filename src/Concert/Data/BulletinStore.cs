using Concert.Sharing;

namespace Concert.Data;

/// <summary>Adds bulletins with their labels: the one write path of the API, the exercise data and tests.</summary>
internal static class BulletinStore
{
    /// <summary>Stores a bulletin, its label found or added first.</summary>
    /// <param name="db">The records.</param>
    /// <param name="label">The label.</param>
    /// <param name="title">The headline.</param>
    /// <param name="body">The text.</param>
    /// <param name="author">The author's user name.</param>
    /// <param name="created">When written.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The stored bulletin.</returns>
    public static async Task<Bulletin> AddAsync(
        ConcertDbContext db, ConfidentialityLabel label, string title, string body, string author, DateTimeOffset created, CancellationToken cancellationToken)
    {
        long labelId = await LabelStore.GetOrAddAsync(db, label, cancellationToken);
        var bulletin = new Bulletin { LabelId = labelId, Title = title, Body = body, Author = author, Created = created };
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync(cancellationToken);
        return bulletin;
    }
}
