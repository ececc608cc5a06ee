namespace Concert.Sharing.Stanag4774;

/// <summary>
/// A STANAG 4774 label that cannot be read: says what is wrong and where.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> reads "<c>what</c> at <c>where</c> (line L, column C)", for example
/// "'SEKRET' is not a classification; expected UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP SECRET at
/// /originatorConfidentialityLabel/ConfidentialityInformation/Classification (line 4, column 6)".
/// </remarks>
public sealed class LabelFormatException : FormatException
{
    /// <summary>Creates an exception without detail; prefer the constructor with what and where.</summary>
    public LabelFormatException()
        : this("The confidentiality label is malformed.", "/", 0, 0)
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What is wrong.</param>
    public LabelFormatException(string message)
        : this(message, "/", 0, 0)
    {
    }

    /// <summary>Creates an exception wrapping a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LabelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
        Location = "/";
    }

    /// <summary>Creates an exception saying what is wrong and where.</summary>
    /// <param name="problem">What is wrong, as a sentence without a final full stop.</param>
    /// <param name="location">The element path ("/originatorConfidentialityLabel/ConfidentialityInformation").</param>
    /// <param name="lineNumber">1-based line of the offending node, or 0 when unknown.</param>
    /// <param name="linePosition">1-based column of the offending node, or 0 when unknown.</param>
    /// <param name="innerException">The cause, or null.</param>
    public LabelFormatException(string problem, string location, int lineNumber, int linePosition, Exception? innerException = null)
        : base(Compose(problem, location, lineNumber, linePosition), innerException)
    {
        Problem = problem;
        Location = location;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>The element path of the offending node.</summary>
    public string Location { get; }

    /// <summary>1-based line of the offending node, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>1-based column of the offending node, or 0 when unknown.</summary>
    public int LinePosition { get; }

    private static string Compose(string problem, string location, int lineNumber, int linePosition) =>
        lineNumber > 0 ? $"{problem} at {location} (line {lineNumber}, column {linePosition})" : $"{problem} at {location}";
}
