using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Passes decoded messages of one feed to a <see cref="MaritimePicture"/>. The receive time is the tag block's
/// <c>c:</c>, else the receiver timestamp after the checksum, else the picture's clock; the source is the tag block's
/// <c>s:</c>.
/// </summary>
public readonly struct PictureFeedHandler : IAisMessageHandler
{
    private readonly MaritimePicture _picture;
    private readonly ConfidentialityLabel _label;

    internal PictureFeedHandler(MaritimePicture picture, ConfidentialityLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        _picture = picture;
        _label = label;
    }

    /// <inheritdoc />
    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        long? unixSeconds = metadata.TagBlock.UnixTime ?? metadata.ReceiverTime;
        DateTimeOffset receivedAt = unixSeconds is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : _picture.Options.TimeProvider.GetUtcNow();
        _picture.Apply(in message, metadata.TagBlock.Source, _label, receivedAt);
    }
}
