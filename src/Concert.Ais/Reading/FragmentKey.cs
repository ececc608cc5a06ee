namespace Concert.Ais.Reading;

/// <summary>
/// What makes fragments belong to the same message: talker, VDM/VDO, sequential id and channel, plus where the tag block
/// says the sentence came from. When the tag block groups sentences (<c>g:1-2-42</c>) the group id is used, because
/// NMEA 4.10 writers put the station (<c>s:</c>) only on the group's first sentence; otherwise the station.
/// </summary>
internal readonly record struct FragmentKey(int Talker, bool OwnShip, int SequenceId, byte Channel, int GroupId, string? Source);
