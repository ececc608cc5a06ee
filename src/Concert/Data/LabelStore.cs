using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;
using Microsoft.EntityFrameworkCore;

namespace Concert.Data;

/// <summary>Finds or adds the row of a label, so that equal labels share one id.</summary>
internal static class LabelStore
{
    /// <summary>The canonical stored form of a label: compact STANAG 4774 XML.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The XML without formatting white space.</returns>
    public static string CanonicalXml(ConfidentialityLabel label) =>
        Stanag4774LabelWriter.ToElement(label).ToString(SaveOptions.DisableFormatting);

    /// <summary>The id of <paramref name="label"/>'s row, adding the row when the label is new.</summary>
    /// <param name="db">The records.</param>
    /// <param name="label">The label.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The label id.</returns>
    public static async Task<long> GetOrAddAsync(ConcertDbContext db, ConfidentialityLabel label, CancellationToken cancellationToken)
    {
        string xml = CanonicalXml(label);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        long? existing = await FindAsync(db, hash, cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var row = new StoredLabel { Stanag4774Xml = xml, Hash = hash };
        db.Labels.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Id;
        }
        catch (DbUpdateException)
        {
            // Another request added the same label between our look-up and insert: the unique hash says so; use theirs.
            db.Entry(row).State = EntityState.Detached;
            return await FindAsync(db, hash, cancellationToken) ?? throw new InvalidOperationException($"Label {hash} could not be stored.");
        }
    }

    private static Task<long?> FindAsync(ConcertDbContext db, string hash, CancellationToken cancellationToken) =>
        db.Labels.Where(stored => stored.Hash == hash).Select(stored => (long?)stored.Id).SingleOrDefaultAsync(cancellationToken);
}
