namespace Concert.Pooling.Planning;

/// <summary>One variable of a plan's schedule: the units of a pledge group on station in an area in a week.</summary>
/// <param name="Index">The variable's index in the CP-SAT model.</param>
/// <param name="Group">The pledge group (<see cref="PlanningIndex.Groups"/>).</param>
/// <param name="Project">The project the area belongs to.</param>
/// <param name="Area">The area (<see cref="PlanningIndex.AreaIds"/>).</param>
/// <param name="Week">The week, from 1.</param>
internal readonly record struct ScheduleVariable(int Index, int Group, int Project, int Area, int Week);
