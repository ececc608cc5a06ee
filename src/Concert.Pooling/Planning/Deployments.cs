namespace Concert.Pooling.Planning;

/// <summary>Every group's least deployment to every project under a schedule (<see cref="GroupDeployment"/>): the
/// units that sail, and the round trips charged to each run. The model hint, the evaluator's costs and the shortfall
/// reasons read deployments through it, so they count round trips as the model does.</summary>
internal sealed class Deployments
{
    private readonly GroupDeployment[,] _byGroupAndProject;
    private readonly (int Project, int Position)[] _placeOfArea;

    public Deployments(PlanningIndex index, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(index);
        var areasByProject = index.AreasByProject;
        _byGroupAndProject = new GroupDeployment[index.Groups.Length, areasByProject.Length];
        _placeOfArea = [.. Enumerable.Repeat((-1, -1), index.AreaIds.Length)];
        for (int project = 0; project < areasByProject.Length; project++)
        {
            for (int position = 0; position < areasByProject[project].Length; position++)
            {
                _placeOfArea[areasByProject[project][position]] = (project, position);
            }

            foreach (PledgeGroup group in index.Groups)
            {
                _byGroupAndProject[group.Index, project] =
                    GroupDeployment.Of(index, schedule, group.Index, areasByProject[project], index.Problem.Projects[project].Rotation);
            }
        }
    }

    /// <summary>Units of the group deployed to the area: the most on station there in any week, plus the reliefs the
    /// rotation needs if this is where they deploy. Each makes one round trip from its home port.</summary>
    public int DeployedTo(int group, int area) =>
        _placeOfArea[area] is (>= 0, int position) place ? Of(group, place.Project).Units[position] : 0;

    /// <summary>The transit cost charged to the group's run in the area in the week.</summary>
    public long TransitCharged(int group, int area, int week) =>
        _placeOfArea[area] is (>= 0, int position) place ? Of(group, place.Project).TransitCharged(position, week) : 0;

    /// <summary>The round trips of the group's units deployed to the project's areas, in k€.</summary>
    public long TransitCost(int group, int project) => Of(group, project).TransitCost;

    private GroupDeployment Of(int group, int project) => _byGroupAndProject[group, project];
}
