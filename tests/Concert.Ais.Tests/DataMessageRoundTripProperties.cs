using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Concert.Ais.Tests;

/// <summary>
/// Encode then decode gives back the same record, for random records of every data type; and no payload, however
/// malformed, makes decoding or gpsd output throw.
/// </summary>
public sealed class DataMessageRoundTripProperties
{
    [Property(MaxTest = 2000)]
    public Property Encode_then_decode_gives_the_same_record() =>
        Prop.ForAll(DataMessageGenerators.AnyDataMessage().ToArbitrary(), message =>
        {
            IAisMessage? decoded = TestPayloadsData.RoundTrip(message, out AisDecodeStatus status);
            return status == AisDecodeStatus.Ok && message.Equals(decoded);
        });

    [Property(MaxTest = 500)]
    public Property Gpsd_output_survives_the_round_trip() =>
        Prop.ForAll(DataMessageGenerators.AnyDataMessage().ToArbitrary(), message =>
        {
            IAisMessage decoded = TestPayloadsData.RoundTrip(message, out _)!;
            return TestPayloadsData.Gpsd(message, scaled: true) == TestPayloadsData.Gpsd(decoded, scaled: true)
                && TestPayloadsData.Gpsd(message, scaled: false) == TestPayloadsData.Gpsd(decoded, scaled: false);
        });

    [Property(MaxTest = 3000)]
    public Property Malformed_payloads_are_rejected_or_decoded_never_thrown() =>
        Prop.ForAll(DataMessageGenerators.ArbitraryPayload().ToArbitrary(), payload =>
        {
            IAisMessage? message = TestPayloadsData.Decode(payload.Packed, payload.BitLength, out AisDecodeStatus status);
            if (message is null)
            {
                return status == AisDecodeStatus.WrongBitLength;
            }
            // Writing touches every derived value, the decoded application included.
            return status == AisDecodeStatus.Ok
                && TestPayloadsData.Gpsd(message, scaled: true).Length > 0
                && TestPayloadsData.Gpsd(message, scaled: false).Length > 0;
        });
}
