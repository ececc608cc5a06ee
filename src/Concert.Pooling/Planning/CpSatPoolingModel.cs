using Concert.Pooling.Model;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>The CP-SAT model of a pooling problem over aggregated counts.</summary>
/// <remarks>
/// <para>Variables: units of each pledge group on station per area and week (an integer up to the group's count,
/// created only where the group can be on station and serve something), units deployed to each area (at least the
/// most on station there in any week) where transit costs money, and units short per requirement and active week.</para>
/// <para>Constraints: a group is never in more places than it has units; rotation windows per project, at most M
/// unit-weeks per unit pledged and per unit deployed to the project's areas (two units taking turns on station both
/// sail, so both pay a round trip); budget
/// caps per nation and project; soft coverage (on station + short ≥ needed), so the model is always feasible and
/// the shortfall variables name what cannot be met. The bound models (<see cref="CostWithRiskAtMost"/>) also carry
/// valid rows that round a requirement's need over a span up to whole units deployed (<see cref="RotationCoverCuts"/>)
/// and that make a single unit rest in its project's windows unless deployed to another project (<see cref="RestWeekRows"/>),
/// which cut off no plan but lift the LP.</para>
/// <para>Objective: weekly running cost + one round trip per unit deployed to an area (units rest in theatre under
/// the rotation rule, they do not sail home between spells) + shortfall price × risk weight × units short.</para>
/// </remarks>
internal sealed class CpSatPoolingModel
{
    /// <summary>How far above a whole number an LP deployment may be and still round down to it: PDLP's values are
    /// accurate to about 1e-4 relative, and a deployment within a twentieth of a unit is noise, not a unit.</summary>
    private const double LpRoundingTolerance = 0.05;

    private readonly PlanningIndex _index;
    private readonly IntVar?[,,] _onStation;
    private readonly IntVar?[,] _deployed;
    private readonly Dictionary<(int Row, int Week), IntVar> _short = [];
    private readonly LinearExprBuilder _assetCost = LinearExpr.NewBuilder();
    private readonly Lazy<IReadOnlyList<ConstraintProto>> _coverRows;
    private readonly Lazy<IReadOnlyList<ConstraintProto>> _restWeekRows;

    /// <param name="index">The indexed problem.</param>
    /// <param name="breakSymmetry">Whether groups that differ only in nation are used in order.</param>
    /// <param name="rotationCoverCuts">Whether <see cref="CostWithRiskAtMost"/> carries <see cref="CoverRows"/>; off only
    /// to compare with the model without them.</param>
    /// <param name="restWeekRows">Whether <see cref="CostWithRiskAtMost"/> carries <see cref="RestRows"/>; off only to
    /// compare with the model without them.</param>
    public CpSatPoolingModel(PlanningIndex index, bool breakSymmetry, bool rotationCoverCuts = true, bool restWeekRows = true)
    {
        _index = index;
        int groups = index.Groups.Length, areas = index.AreaIds.Length, weeks = index.Weeks;
        _onStation = new IntVar?[groups, areas, weeks + 1];
        _deployed = new IntVar?[groups, areas];
        var objective = _assetCost;

        for (int group = 0; group < groups; group++)
        {
            int count = index.Groups[group].Count;
            for (int area = 0; area < areas; area++)
            {
                long transit = index.TransitCost(group, area);
                IntVar? deployed = null;
                if (transit > 0 && index.OnStation[group, area] is not null)
                {
                    deployed = Model.NewIntVar(0, count, $"d_{group}_{area}");
                    _deployed[group, area] = deployed;
                    objective.AddTerm(deployed, transit);
                    AssetCostCeiling += count * transit;
                }

                for (int week = 1; week <= weeks; week++)
                {
                    if (!index.CanBeOnStation(group, area, week))
                    {
                        continue;
                    }

                    IntVar units = Model.NewIntVar(0, count, $"x_{group}_{area}_{week}");
                    _onStation[group, area, week] = units;
                    objective.AddTerm(units, index.WeeklyCost(group));
                    if (deployed is not null)
                    {
                        Model.Add(deployed >= units);
                    }
                }
            }

            // A unit is in one place a week, so it runs up at most a weekly cost each week.
            AssetCostCeiling += (long)count * weeks * index.WeeklyCost(group);
            for (int week = 1; week <= weeks; week++)
            {
                var here = Enumerable.Range(0, areas).Select(area => _onStation[group, area, week]).OfType<IntVar>().ToList();
                if (here.Count > 1)
                {
                    Model.Add(LinearExpr.Sum(here) <= count);
                }
            }
        }

        AddRotation();
        AddBudgetCaps();
        AddCoverage();

        // Kept apart from the model, for the bound models (CostWithRiskAtMost): CP-SAT's own proof of B1 seed 1 was no
        // faster with them (docs/pooling.md, sixth session). Worked out on first use: most models never build a bound
        // model (every coalition's priced model of a fairness analysis, and those of the coalitions' LP bounds).
        _coverRows = new(() => rotationCoverCuts ? RotationCoverCuts.Rows(index, DeployedToProject, (group, area) => _deployed[group, area], _short) : []);
        _restWeekRows = new(() => restWeekRows ? RestWeekRows.Rows(index, (group, area, week) => _onStation[group, area, week], (group, area) => _deployed[group, area]) : []);

        if (breakSymmetry)
        {
            AddSymmetryBreaking();
        }

        MinimizePricedObjective();
    }

    /// <summary>Minimises asset cost + priced shortfall in one objective.</summary>
    public void MinimizePricedObjective()
    {
        Model.Model.Objective = null;
        var priced = LinearExpr.NewBuilder().Add(_assetCost);
        foreach (((int row, _), IntVar units) in _short)
        {
            priced.AddTerm(units, _index.Requirements[row].ShortfallPricePerUnitWeek);
        }

        Model.Minimize(priced);
    }

    /// <summary>First phase of coverage-first planning: minimise the risk-weighted unit-weeks short alone.</summary>
    public void MinimizeUncoveredRisk()
    {
        Model.Model.Objective = null;
        Model.Minimize(UncoveredRisk());
    }

    /// <summary>Second phase: the cheapest plan among those with the least uncovered risk, as one objective —
    /// uncovered risk weighted above any asset cost (<see cref="AssetCostCeiling"/> + 1) plus asset cost — with the
    /// proven least risk as a floor.</summary>
    /// <remarks>Lexicographic in one objective rather than a hard cap on risk: large-neighbourhood moves may pass
    /// through plans that leave a little more uncovered on their way to cheaper ones, which a cap forbids, and the
    /// floor keeps the bound of the cost part as strong as under the cap.</remarks>
    public void MinimizeAssetCostAfterRisk(long leastUncoveredRisk)
    {
        Model.Model.Objective = null;
        Model.Add(UncoveredRisk() >= leastUncoveredRisk);
        Model.Minimize(CostAfterRisk());
    }

    /// <summary>The cost phase as the cheapest asset cost with at most <paramref name="uncoveredRisk"/> uncovered: a
    /// copy of this model with asset cost alone as its objective, a cap on risk and the <see cref="CoverRows"/>, for
    /// bounds (SCIP with only the deployments integer, <see cref="DeploymentVariables"/>; PDLP on its LP).</summary>
    /// <remarks>
    /// <para>Why: the deployments carry the cost phase's integrality gap (docs/pooling.md); with them whole, the
    /// schedule's own fractions give the optimum or near it (the optimum on 9 of the 10 B0–B1 seeds), and SCIP proves
    /// that far smaller search in a fraction of the full model's time.</para>
    /// <para>Asset cost alone under a cap on risk rather than the lexicographic objective: the risk weight
    /// (<see cref="RiskWeightInObjective"/>) times the LP's feasibility tolerance would blur the bound by more
    /// than a unit-week. With the cap at least the least risk any plan leaves (a plan's risk will do: the
    /// coverage phase's), the cheapest plan at the least risk is within it, so this copy's bound is a bound on that
    /// plan's asset cost; with the cap below the least risk it would not be. The cost phase accepts plans leaving at
    /// least its risk floor uncovered: one that leaves the floor costs at least this bound, one that leaves more is
    /// charged a whole risk weight, more than any asset cost, so <see cref="RiskWeightInObjective"/> × floor + this
    /// bound bounds the cost phase.</para>
    /// </remarks>
    public CpModelProto CostWithRiskAtMost(long uncoveredRisk)
    {
        CpModelProto relaxed = Model.Model.Clone();
        relaxed.SolutionHint = null;
        relaxed.Objective = new CpObjectiveProto();
        var shortfalls = _short.Values.Select(units => units.Index).ToHashSet();
        CpObjectiveProto lexicographic = Model.Model.Objective;
        for (int term = 0; term < lexicographic.Vars.Count; term++)
        {
            int reference = lexicographic.Vars[term];
            if (!shortfalls.Contains(reference >= 0 ? reference : -reference - 1))
            {
                relaxed.Objective.Vars.Add(reference);
                relaxed.Objective.Coeffs.Add(lexicographic.Coeffs[term]);
            }
        }

        relaxed.Constraints.Add(RiskAtMost(uncoveredRisk));
        relaxed.Constraints.AddRange(CoverRows.Select(row => row.Clone()));
        relaxed.Constraints.AddRange(RestRows.Select(row => row.Clone()));
        return relaxed;
    }

    /// <summary>The rotation cover rows (<see cref="RotationCoverCuts"/>) of this model's variables, added to
    /// <see cref="CostWithRiskAtMost"/> and so to SCIP's deployment relaxation, the LP PDLP solves and the large tier's
    /// restricted model, but not to the model CP-SAT and SCIP solve whole: every plan meets them.</summary>
    public IReadOnlyList<ConstraintProto> CoverRows => _coverRows.Value;

    /// <summary>The rest-week rows (<see cref="RestWeekRows"/>) of this model's variables, added to
    /// <see cref="CostWithRiskAtMost"/> beside the <see cref="CoverRows"/> and kept out of the model solved whole for the
    /// same reason: every plan meets them.</summary>
    public IReadOnlyList<ConstraintProto> RestRows => _restWeekRows.Value;

    /// <summary>The deployment variables by index: the integers of <see cref="CostWithRiskAtMost"/>.</summary>
    public IReadOnlySet<int> DeploymentVariables =>
        _deployed.Cast<IntVar?>().OfType<IntVar>().Select(deployed => deployed.Index).ToHashSet();

    /// <summary>The schedule's variables (units of a group on station in an area and week) with their place, by index:
    /// what <see cref="LazyScheduleIntegrality"/> makes integer where a relaxation splits them.</summary>
    public IReadOnlyList<ScheduleVariable> ScheduleVariables
    {
        get
        {
            var variables = new List<ScheduleVariable>();
            for (int group = 0; group < _index.Groups.Length; group++)
            {
                for (int area = 0; area < _index.AreaIds.Length; area++)
                {
                    for (int week = 1; week <= _index.Weeks; week++)
                    {
                        if (_onStation[group, area, week] is { } units)
                        {
                            variables.Add(new ScheduleVariable(units.Index, group, _index.ProjectIndexOfArea[area], area, week));
                        }
                    }
                }
            }

            return variables;
        }
    }

    /// <summary><see cref="CostWithRiskAtMost"/> (all integer) in which no group deploys more units to an area than the
    /// LP relaxation does, rounded up: the large tier's search space for plans (<see cref="LpDeploymentSearch"/>).</summary>
    /// <param name="relaxation">The LP's value of every model variable, by index.</param>
    /// <param name="uncoveredRisk">The most risk a plan may leave uncovered.</param>
    public CpModelProto CostWithinDeployments(IReadOnlyList<double> relaxation, long uncoveredRisk)
    {
        ArgumentNullException.ThrowIfNull(relaxation);
        CpModelProto restricted = CostWithRiskAtMost(uncoveredRisk);
        foreach (IntVar deployed in _deployed.Cast<IntVar?>().OfType<IntVar>())
        {
            var domain = restricted.Variables[deployed.Index].Domain;
            domain[^1] = Math.Clamp((long)Math.Ceiling(relaxation[deployed.Index] - LpRoundingTolerance), domain[0], domain[^1]);
        }

        return restricted;
    }

    /// <summary>This model, its objective included, with every deployment fixed to its value in
    /// <paramref name="relaxation"/> (rounded: the deployment relaxation's are whole): the schedule that makes the most
    /// of a relaxation's deployments, whose plan meets the relaxation's bound wherever the relaxation is tight.</summary>
    /// <remarks>With the deployments fixed, each group's rows (one place a week, rotation windows) are interval
    /// matrices and only the coverage rows join groups, so the schedule is integral or nearly: its LP is the
    /// relaxation's value on every B0–B1 seed looked at, and SCIP solves it in a few hundredths of a second
    /// (docs/pooling.md, fifth session). Always feasible: a schedule of nothing keeps the relaxation's transit within
    /// every budget cap, and the shortfalls are soft.</remarks>
    /// <param name="relaxation">The value of every model variable by index.</param>
    public CpModelProto WithDeploymentsOf(IReadOnlyList<double> relaxation)
    {
        ArgumentNullException.ThrowIfNull(relaxation);
        CpModelProto fixedDeployments = Model.Model.Clone();
        fixedDeployments.SolutionHint = null;
        foreach (IntVar deployed in _deployed.Cast<IntVar?>().OfType<IntVar>())
        {
            var domain = fixedDeployments.Variables[deployed.Index].Domain;
            long units = Math.Clamp((long)Math.Round(relaxation[deployed.Index]), domain[0], domain[^1]);
            domain.Clear();
            domain.Add(units);
            domain.Add(units);
        }

        return fixedDeployments;
    }

    /// <summary>The risk-weighted unit-weeks short, as an objective for copies of the model.</summary>
    public CpObjectiveProto UncoveredRiskObjective
    {
        get
        {
            var risk = new CpObjectiveProto();
            foreach (((int row, _), IntVar units) in _short)
            {
                risk.Vars.Add(units.Index);
                risk.Coeffs.Add(_index.Requirements[row].Requirement.RiskWeight);
            }

            return risk;
        }
    }

    /// <summary>This model's objective at a solution given as the value of every variable by index.</summary>
    public long ObjectiveOf(IReadOnlyList<long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CpObjectiveProto objective = Model.Model.Objective;
        long total = (long)objective.Offset;
        foreach ((int variable, long coefficient) in ProtoTerms.Of(objective.Vars, objective.Coeffs))
        {
            total += coefficient * values[variable];
        }

        return total;
    }

    /// <summary>More than any plan's assets can cost: every unit on station every week, with a round trip to every
    /// area it can reach.</summary>
    public long AssetCostCeiling { get; private set; }

    /// <summary>The weight of one risk-weighted unit-week short in <see cref="MinimizeAssetCostAfterRisk"/>.</summary>
    public long RiskWeightInObjective => AssetCostCeiling + 1;

    /// <summary>The cost phase's objective: uncovered risk weighted above any asset cost, plus asset cost.</summary>
    private LinearExprBuilder CostAfterRisk()
    {
        var lexicographic = LinearExpr.NewBuilder().Add(_assetCost);
        foreach (((int row, _), IntVar units) in _short)
        {
            lexicographic.AddTerm(units, RiskWeightInObjective * _index.Requirements[row].Requirement.RiskWeight);
        }

        return lexicographic;
    }

    /// <summary>Uncovered risk at most <paramref name="uncoveredRisk"/>, as a constraint for copies of the model.</summary>
    private ConstraintProto RiskAtMost(long uncoveredRisk)
    {
        CpObjectiveProto risk = UncoveredRiskObjective;
        var cap = new LinearConstraintProto();
        cap.Vars.AddRange(risk.Vars);
        cap.Coeffs.AddRange(risk.Coeffs);
        cap.Domain.Add(0);
        cap.Domain.Add(uncoveredRisk);
        return new ConstraintProto { Linear = cap };
    }

    private LinearExprBuilder UncoveredRisk()
    {
        var risk = LinearExpr.NewBuilder();
        foreach (((int row, _), IntVar units) in _short)
        {
            risk.AddTerm(units, _index.Requirements[row].Requirement.RiskWeight);
        }

        return risk;
    }

    public CpModel Model { get; } = new();

    /// <summary>Gives CP-SAT a complete solution to start from: the schedule, its deployments and its shortfalls.</summary>
    public void Hint(Schedule schedule)
    {
        Model.ClearHints();
        var deployments = new Deployments(_index, schedule);
        for (int group = 0; group < _index.Groups.Length; group++)
        {
            for (int area = 0; area < _index.AreaIds.Length; area++)
            {
                for (int week = 1; week <= _index.Weeks; week++)
                {
                    if (_onStation[group, area, week] is { } units)
                    {
                        Model.AddHint(units, schedule[group, area, week]);
                    }
                }

                if (_deployed[group, area] is { } deployed)
                {
                    Model.AddHint(deployed, deployments.DeployedTo(group, area));
                }
            }
        }

        foreach (((int row, int week), IntVar units) in _short)
        {
            Model.AddHint(units, _index.Requirements[row].UnitsShort(schedule, week));
        }
    }

    /// <summary>Gives CP-SAT a complete solution to start from, as the value of every model variable by index.</summary>
    public void Hint(IReadOnlyList<long> values)
    {
        Model.ClearHints();
        Model.Model.SolutionHint = Assignment(values);
    }

    /// <summary>A complete solution as a hint for this model or a copy of it (same variables, by index).</summary>
    public static PartialVariableAssignment Assignment(IReadOnlyList<long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var hint = new PartialVariableAssignment();
        for (int variable = 0; variable < values.Count; variable++)
        {
            hint.Vars.Add(variable);
            hint.Values.Add(values[variable]);
        }

        return hint;
    }

    /// <summary>The hint as the value of every model variable by index (the inverse of <see cref="Assignment"/>), or
    /// null where it is not a whole solution.</summary>
    public long[]? HintValues()
    {
        CpModelProto proto = Model.Model;
        if (proto.SolutionHint is not { } hint || hint.Vars.Count != proto.Variables.Count)
        {
            return null;
        }

        long[] values = new long[proto.Variables.Count];
        for (int term = 0; term < hint.Vars.Count; term++)
        {
            values[hint.Vars[term]] = hint.Values[term];
        }

        return values;
    }

    /// <summary>The schedule in a solution, given as the value of every model variable by index.</summary>
    public Schedule Read(IReadOnlyList<long> values)
    {
        var schedule = new Schedule(_index.Groups.Length, _index.AreaIds.Length, _index.Weeks);
        for (int group = 0; group < _index.Groups.Length; group++)
        {
            for (int area = 0; area < _index.AreaIds.Length; area++)
            {
                for (int week = 1; week <= _index.Weeks; week++)
                {
                    if (_onStation[group, area, week] is { } units)
                    {
                        schedule[group, area, week] = (int)values[units.Index];
                    }
                }
            }
        }

        return schedule;
    }

    /// <summary>At most M unit-weeks on station per unit in any M + R weeks of a project's areas: per unit pledged, and
    /// per unit deployed there, since deployments are otherwise only the peak on station and units taking turns
    /// would share one round trip (docs/pooling.md, "Rotation").</summary>
    private void AddRotation()
    {
        for (int project = 0; project < _index.Problem.Projects.Length; project++)
        {
            RotationRule rotation = _index.Problem.Projects[project].Rotation;
            var areas = _index.AreasByProject[project];
            int window = Math.Min(rotation.WindowWeeks, _index.Weeks);
            foreach (PledgeGroup group in _index.Groups)
            {
                long limit = (long)rotation.MaxWeeksOnStation * group.Count;
                var deployedUnits = DeployedToAll(group.Index, areas);
                for (int start = 1; start + window - 1 <= _index.Weeks; start++)
                {
                    var inWindow = Enumerable.Range(start, window)
                        .SelectMany(week => areas.Select(area => _onStation[group.Index, area, week]))
                        .OfType<IntVar>()
                        .ToList();
                    if (inWindow.Count > rotation.MaxWeeksOnStation)
                    {
                        Model.Add(LinearExpr.Sum(inWindow) <= limit);
                        if (deployedUnits is not null)
                        {
                            Model.Add(LinearExpr.Sum(inWindow) <= rotation.MaxWeeksOnStation * LinearExpr.Sum(deployedUnits));
                        }
                    }
                }
            }
        }
    }

    private List<IntVar>? DeployedToProject(int group, int project) => DeployedToAll(group, _index.AreasByProject[project]);

    /// <summary>The group's deployment variables in the areas, or null where it can be on station in one of them
    /// without one (a free round trip: there the group may deploy every unit at no cost, so only the count limits it).</summary>
    private List<IntVar>? DeployedToAll(int group, IEnumerable<int> areas)
    {
        var deployed = new List<IntVar>();
        foreach (int area in areas.Where(area => _index.OnStation[group, area] is not null))
        {
            if (_deployed[group, area] is not { } units)
            {
                return null;
            }

            deployed.Add(units);
        }

        return deployed.Count > 0 ? deployed : null;
    }

    private void AddBudgetCaps()
    {
        for (int project = 0; project < _index.Problem.Projects.Length; project++)
        {
            var areas = _index.AreasByProject[project];
            foreach ((var nation, long cap) in _index.Problem.Projects[project].BudgetCaps)
            {
                var spend = LinearExpr.NewBuilder();
                foreach (PledgeGroup group in _index.Groups.Where(group => group.Nation == nation))
                {
                    foreach (int area in areas)
                    {
                        for (int week = 1; week <= _index.Weeks; week++)
                        {
                            if (_onStation[group.Index, area, week] is { } units)
                            {
                                spend.AddTerm(units, _index.WeeklyCost(group.Index));
                            }
                        }

                        if (_deployed[group.Index, area] is { } deployed)
                        {
                            spend.AddTerm(deployed, _index.TransitCost(group.Index, area));
                        }
                    }
                }

                Model.Add(spend <= cap);
            }
        }
    }

    private void AddCoverage()
    {
        for (int row = 0; row < _index.Requirements.Length; row++)
        {
            RequirementRow requirement = _index.Requirements[row];
            int needed = requirement.Requirement.UnitsPerWeek;
            foreach (int week in requirement.ActiveWeeks)
            {
                IntVar shortUnits = Model.NewIntVar(0, needed, $"short_{row}_{week}");
                _short[(row, week)] = shortUnits;
                var onStation = requirement.EligibleGroups
                    .Select(group => _onStation[group, requirement.AreaIndex, week])
                    .OfType<IntVar>()
                    .ToList();
                Model.Add(LinearExpr.Sum(onStation) + shortUnits >= needed);
            }
        }
    }

    private void AddSymmetryBreaking()
    {
        foreach (var chain in _index.SymmetricGroupChains())
        {
            for (int position = 0; position + 1 < chain.Length; position++)
            {
                Model.Add(UnitWeeks(chain[position]) >= UnitWeeks(chain[position + 1]));
            }
        }
    }

    private LinearExpr UnitWeeks(int group)
    {
        var all = new List<IntVar>();
        for (int area = 0; area < _index.AreaIds.Length; area++)
        {
            for (int week = 1; week <= _index.Weeks; week++)
            {
                if (_onStation[group, area, week] is { } units)
                {
                    all.Add(units);
                }
            }
        }

        return LinearExpr.Sum(all);
    }
}
