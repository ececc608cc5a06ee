namespace Concert.Pooling.Planning;

/// <summary>The branch-and-cut MIP solver a <see cref="MipRun"/> hands a phase's model to; both ship with OR-Tools.</summary>
internal enum MipEngine
{
    /// <summary>SCIP, through OR-Tools' linear solver wrapper.</summary>
    Scip,

    /// <summary>HiGHS, through its own C interface (<see cref="HighsNative"/>): OR-Tools' wrapper reports no bound
    /// but the incumbent's value and passes no parameters on.</summary>
    Highs,
}
