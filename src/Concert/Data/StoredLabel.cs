namespace Concert.Data;

/// <summary>
/// One distinct confidentiality label, stored once and referenced by every record that carries it.
/// </summary>
/// <remarks>
/// Rows are never updated or deleted: a label is immutable, so a label id means the same label forever, and the set of
/// label ids a user may see only grows when rows are added (see <see cref="LabelCatalogue"/>).
/// </remarks>
internal sealed class StoredLabel
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>The label as compact STANAG 4774 XML, written by <c>Stanag4774LabelWriter</c>: the canonical form.</summary>
    public required string Stanag4774Xml { get; set; }

    /// <summary>SHA-256 of <see cref="Stanag4774Xml"/>'s UTF-8 bytes in lower-case hex; unique, for find-or-add.</summary>
    public required string Hash { get; set; }
}
