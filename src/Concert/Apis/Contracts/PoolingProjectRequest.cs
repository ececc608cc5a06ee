using System.ComponentModel.DataAnnotations;
using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A new or changed common project; give the label either as <see cref="Label"/> fields or as <see cref="LabelXml"/>.</summary>
/// <param name="Code">Its short name ("ADEN").</param>
/// <param name="Name">The name shown to people.</param>
/// <param name="Areas">The operating areas it owns; an area belongs to one project.</param>
/// <param name="Requirements">What it needs, each in one of its areas.</param>
/// <param name="MaxWeeksOnStation">Continuity: most weeks a unit stays on station in a row.</param>
/// <param name="RestWeeks">Rotation: weeks of rest after a full spell.</param>
/// <param name="BudgetCaps">The most each listed nation's assets may cost on the project, in k€.</param>
/// <param name="Label">The label as JSON fields.</param>
/// <param name="LabelXml">The label as STANAG 4774 XML.</param>
internal sealed record PoolingProjectRequest(
    [property: Required, StringLength(PoolingModel.CodeLength, MinimumLength = 1)] string Code,
    [property: Required, StringLength(PoolingModel.NameLength, MinimumLength = 1)] string Name,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one area.")] IReadOnlyList<AreaDocument> Areas,
    [property: Required, MinLength(1, ErrorMessage = "State at least one requirement.")] IReadOnlyList<RequirementDocument> Requirements,
    [property: Range(1, PoolingInput.MaximumWeek)] int MaxWeeksOnStation,
    [property: Range(0, PoolingInput.MaximumWeek)] int RestWeeks,
    IReadOnlyDictionary<string, long>? BudgetCaps,
    LabelFields? Label,
    string? LabelXml) : ILabelledRequest;
