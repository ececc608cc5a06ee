namespace Concert.Pooling.Planning;

/// <summary>Which schedule variables <see cref="LazyScheduleIntegrality"/> makes integer after a relaxation leaves
/// some of them fractional.</summary>
internal enum ScheduleWidening
{
    /// <summary>The fractional variables alone.</summary>
    FractionalVariables,

    /// <summary>Every schedule variable of a group in a project where one of its variables is fractional: the group's
    /// rotation windows there whole.</summary>
    GroupsInProject,

    /// <summary>Every schedule variable in an area and week where one is fractional: the coverage rows there whole.</summary>
    AreaWeeks,
}
