namespace Concert.Sharing.Audit;

/// <summary>
/// An audit log cannot be opened for appending because its last entry cannot be read, so the chain cannot be
/// continued. Run <see cref="AuditLogVerifier"/> to find the first broken entry.
/// </summary>
public sealed class AuditLogException : IOException
{
    /// <summary>Creates an exception without detail.</summary>
    public AuditLogException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public AuditLogException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AuditLogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
