namespace Concert.Apis.Contracts;

/// <summary>A secretariat bulletin.</summary>
/// <param name="Id">The key.</param>
/// <param name="Title">The headline.</param>
/// <param name="Body">The text.</param>
/// <param name="Created">When written.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Label">Its label.</param>
internal sealed record BulletinResponse(long Id, string Title, string Body, DateTimeOffset Created, string Author, LabelResponse Label);
