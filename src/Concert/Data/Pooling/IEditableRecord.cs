namespace Concert.Data.Pooling;

/// <summary>A labelled pooling record that planners create and change; it keeps who changed it last and when.</summary>
internal interface IEditableRecord : ILabelledRecord
{
    /// <summary>When it was first recorded.</summary>
    DateTimeOffset Created { get; set; }

    /// <summary>When it was last changed.</summary>
    DateTimeOffset Updated { get; set; }

    /// <summary>The user who last changed it.</summary>
    string Author { get; set; }
}
