using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Stops CP-SAT's search at the first solution whose objective is at most a target: a bound another solver
/// proved, plus the gap tolerance, so the solution is proven without CP-SAT proving it itself. The large tier's search
/// next to the LP (<see cref="LpDeploymentSearch"/>) stops at the whole model's target this way, in a restricted space
/// whose own bound proves nothing of the whole model. A target of negative infinity never stops the search.</summary>
/// <remarks>Why a callback rather than the bound as a constraint of the model (objective ≥ bound, as before): the
/// constraint slows CP-SAT's own proof wherever the bound is below the optimum (B1 seed 1, from the same plan: proven
/// in 1.1–2.2 s of processor time without it, 7.5–9.1 s or not in 15 s with it; docs/pooling.md, fifth session).</remarks>
internal sealed class StopAtObjective(double target) : CpSolverSolutionCallback
{
    public override void OnSolutionCallback()
    {
        if (ObjectiveValue() <= target)
        {
            StopSearch();
        }
    }
}
