using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.Model;

/// <summary>Everything the planner needs: the horizon, the areas, the pledges and the projects.</summary>
/// <remarks>The constructor checks consistency (unique identifiers, known areas, weeks inside the horizon, each
/// area owned by one project, one label policy) and throws <see cref="ArgumentException"/> naming the first
/// fault, so a plan is never made from contradictory data. Immutable; what-if variants are new problems.</remarks>
public sealed class PoolingProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="horizonWeeks">Number of planning weeks, at least 1.</param>
    /// <param name="areas">The operating areas.</param>
    /// <param name="pledges">The asset pledges.</param>
    /// <param name="funds">The funds pledges.</param>
    /// <param name="projects">The common projects.</param>
    /// <exception cref="ArgumentException">Inconsistent data; the message names the fault.</exception>
    public PoolingProblem(
        int horizonWeeks,
        IEnumerable<OperatingArea> areas,
        IEnumerable<Pledge> pledges,
        IEnumerable<FundsPledge> funds,
        IEnumerable<PoolingProject> projects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonWeeks, 1);
        HorizonWeeks = horizonWeeks;
        Areas = [.. areas];
        Pledges = [.. pledges];
        Funds = [.. funds];
        Projects = [.. projects];
        ProblemValidator.Validate(this);
        Nations = [.. Pledges.Select(pledge => pledge.Nation).Concat(Funds.Select(fund => fund.Nation)).Distinct().Order()];
    }

    /// <summary>Number of planning weeks.</summary>
    public int HorizonWeeks { get; }

    /// <summary>The operating areas.</summary>
    public ImmutableArray<OperatingArea> Areas { get; }

    /// <summary>The asset pledges.</summary>
    public ImmutableArray<Pledge> Pledges { get; }

    /// <summary>The funds pledges.</summary>
    public ImmutableArray<FundsPledge> Funds { get; }

    /// <summary>The common projects.</summary>
    public ImmutableArray<PoolingProject> Projects { get; }

    /// <summary>Every nation that pledged assets or funds, in code order.</summary>
    public ImmutableArray<Trigraph> Nations { get; }

    /// <summary>The project that owns <paramref name="areaId"/>, or null when no requirement is there.</summary>
    /// <param name="areaId">An operating area.</param>
    /// <returns>The project, or null.</returns>
    public PoolingProject? ProjectOwning(string areaId) =>
        Projects.FirstOrDefault(project => project.Requirements.Any(requirement => requirement.AreaId == areaId));

    /// <summary>The same problem with only the pledges (assets and funds) of <paramref name="nations"/>: the
    /// coalition's own plan.</summary>
    /// <param name="nations">The coalition.</param>
    /// <returns>The restricted problem.</returns>
    public PoolingProblem RestrictedTo(IEnumerable<Trigraph> nations)
    {
        var members = NationSet.Of(nations);
        return new PoolingProblem(
            HorizonWeeks,
            Areas,
            Pledges.Where(pledge => members.Contains(pledge.Nation)),
            Funds.Where(fund => members.Contains(fund.Nation)),
            Projects);
    }

    /// <summary>What-if: <paramref name="nation"/> withdraws every pledge.</summary>
    /// <param name="nation">The withdrawing nation.</param>
    /// <returns>The problem without its pledges.</returns>
    public PoolingProblem WithoutNation(Trigraph nation) =>
        new(HorizonWeeks, Areas, Pledges.Where(pledge => pledge.Nation != nation), Funds.Where(fund => fund.Nation != nation), Projects);

    /// <summary>What-if: one more pledge.</summary>
    /// <param name="pledge">The added pledge; its identifier must be new.</param>
    /// <returns>The problem with it.</returns>
    public PoolingProblem WithPledge(Pledge pledge) => new(HorizonWeeks, Areas, Pledges.Add(pledge), Funds, Projects);
}
