namespace Concert.Sharing;

/// <summary>
/// A community of nations that a label can be released to: an alliance ("NATO"), a regional organisation
/// ("ASEAN"), a partner group ("NATO-IP4") or the Concert framework itself ("CONCERT").
/// </summary>
/// <remarks>
/// Two communities are equal when their <see cref="Identifier"/>s are equal (ordinal comparison); the
/// <see cref="Name"/> is display text. Who belongs when is data held by a <see cref="CommunityRegistry"/>, never by
/// this value. This type is immutable and thread-safe.
/// </remarks>
public sealed record Community
{
    /// <summary>Creates a community.</summary>
    /// <param name="identifier">The token written in labels ("NATO"): non-empty, no white space at either end.</param>
    /// <param name="name">The English name for display.</param>
    /// <exception cref="ArgumentException">The identifier is empty or padded, or the name is empty.</exception>
    public Community(string identifier, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (identifier.Trim().Length != identifier.Length)
        {
            throw new ArgumentException($"Community identifier '{identifier}' has white space at an end.", nameof(identifier));
        }

        Identifier = identifier;
        Name = name;
    }

    /// <summary>The token written in labels and logs ("NATO", "NATO-IP4").</summary>
    public string Identifier { get; }

    /// <summary>The English name ("North Atlantic Treaty Organization").</summary>
    public string Name { get; }

    /// <summary>Whether <paramref name="other"/> has the same identifier.</summary>
    /// <param name="other">The other community.</param>
    /// <returns>True for equal identifiers.</returns>
    public bool Equals(Community? other) =>
        other is not null && string.Equals(Identifier, other.Identifier, StringComparison.Ordinal);

    /// <summary>Hash of the identifier.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Identifier);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Identifier;
}
