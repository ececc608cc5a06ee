namespace Concert.Data;

/// <summary>A secretariat bulletin: a short labelled notice to the framework's members.</summary>
internal sealed class Bulletin : ILabelledRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the bulletin's label.</summary>
    public long LabelId { get; set; }

    /// <summary>The headline.</summary>
    public required string Title { get; set; }

    /// <summary>The text.</summary>
    public required string Body { get; set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>The user name of the author.</summary>
    public required string Author { get; set; }
}
