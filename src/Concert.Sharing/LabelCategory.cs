using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// A restrictive or informative category of a label: a tag name and its values, as STANAG 4774 writes
/// <c>&lt;Category TagName="…" Type="…"&gt;&lt;GenericValue&gt;…&lt;/GenericValue&gt;&lt;/Category&gt;</c>.
/// </summary>
/// <remarks>
/// Releasability ("Releasable to", the permissive category) is not a <see cref="LabelCategory"/>: it is modelled as
/// nations and communities on <see cref="ConfidentialityLabel"/> so that decisions can use bitmaps. Equality compares
/// the values in order. Immutable and thread-safe.
/// </remarks>
public sealed record LabelCategory
{
    /// <summary>Creates a category.</summary>
    /// <param name="tagName">The tag name ("Special Handling").</param>
    /// <param name="type"><see cref="CategoryType.Restrictive"/> or <see cref="CategoryType.Informative"/>.</param>
    /// <param name="values">The values; at least one, none empty.</param>
    /// <exception cref="ArgumentException">Empty tag name, a permissive type, no values or an empty value.</exception>
    public LabelCategory(string tagName, CategoryType type, IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        ArgumentNullException.ThrowIfNull(values);
        if (type is not (CategoryType.Restrictive or CategoryType.Informative))
        {
            throw new ArgumentException(
                "Only restrictive and informative categories are categories here; releasability is on the label.", nameof(type));
        }

        ImmutableArray<string> all = [.. values];
        if (all.IsEmpty || all.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Category '{tagName}' needs at least one value and no empty value.", nameof(values));
        }

        TagName = tagName;
        Type = type;
        Values = all;
    }

    /// <summary>The tag name.</summary>
    public string TagName { get; }

    /// <summary>Restrictive or informative.</summary>
    public CategoryType Type { get; }

    /// <summary>The values, in label order.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Same tag name, type and values in the same order.</summary>
    /// <param name="other">The other category.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(LabelCategory? other) =>
        other is not null && TagName == other.TagName && Type == other.Type && Values.SequenceEqual(other.Values);

    /// <summary>Hash of tag name, type and value count.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(TagName, Type, Values.Length);
}
