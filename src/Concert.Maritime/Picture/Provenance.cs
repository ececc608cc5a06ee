using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>Where one part of a vessel's state came from.</summary>
/// <param name="MessageType">The AIS message type that carried it (1..27).</param>
/// <param name="Source">The receiving station from the tag block (<c>s:</c>), or null when the feed gave none.</param>
/// <param name="ReceivedAt">When the message was received.</param>
/// <param name="Label">The confidentiality label of the feed that delivered it.</param>
public sealed record Provenance(int MessageType, string? Source, DateTimeOffset ReceivedAt, ConfidentialityLabel Label);
