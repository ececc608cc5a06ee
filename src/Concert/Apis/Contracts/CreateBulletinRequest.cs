using System.ComponentModel.DataAnnotations;
using Concert.Data;

namespace Concert.Apis.Contracts;

/// <summary>A new bulletin; give the label either as <see cref="Label"/> fields or as <see cref="LabelXml"/>.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Body">The text.</param>
/// <param name="Label">The label as JSON fields.</param>
/// <param name="LabelXml">The label as STANAG 4774 XML.</param>
internal sealed record CreateBulletinRequest(
    [property: Required, StringLength(BulletinLimits.TitleLength)] string Title,
    [property: Required, StringLength(BulletinLimits.BodyLength)] string Body,
    LabelFields? Label,
    string? LabelXml);
