using System.Collections.Frozen;
using Concert.Ais.Bits;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// The table of binary applications decoded from types 6 and 8, keyed by message type, DAC and FI: every application
/// gpsd 3.22 decodes except four, which stay raw data like any unknown application: 6/1/15, 6/1/16 and 8/1/16 (gpsd
/// reads their value from the message header, a gpsd defect) and 8/1/19 (gpsd's output for it is not valid JSON).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class AisApplications
{
    private static readonly FrozenDictionary<(int MessageType, int Dac, int Fid), AisApplicationDecoder> Decoders =
        new Dictionary<(int MessageType, int Dac, int Fid), AisApplicationDecoder>
        {
            [(6, 1, 12)] = DangerousCargoIndication.Decode,
            [(6, 1, 14)] = TidalWindow.DecodeImo236,
            [(6, 1, 18)] = ClearanceTimeToEnterPort.Decode,
            [(6, 1, 20)] = BerthingData.Decode,
            [(6, 1, 25)] = DangerousCargoImo289.Decode,
            [(6, 1, 28)] = RouteInformation.Decode,
            [(6, 1, 30)] = TextDescription.Decode,
            [(6, 1, 32)] = TidalWindow.DecodeImo289,
            [(6, 200, 21)] = InlandEstimatedArrival.Decode,
            [(6, 200, 22)] = InlandRequestedArrival.Decode,
            [(6, 200, 55)] = InlandPersonsOnBoard.Decode,
            [(6, 235, 10)] = AtonMonitoringData.Decode,
            [(6, 250, 10)] = AtonMonitoringData.Decode,
            [(8, 1, 11)] = MeteorologicalHydrologicalImo236.Decode,
            [(8, 1, 13)] = FairwayClosed.Decode,
            [(8, 1, 15)] = ExtendedShipStaticAirDraught.Decode,
            [(8, 1, 17)] = VtsTargets.Decode,
            [(8, 1, 27)] = RouteInformation.Decode,
            [(8, 1, 29)] = TextDescription.Decode,
            [(8, 1, 31)] = MeteorologicalHydrologicalImo289.Decode,
            [(8, 200, 10)] = InlandShipStaticData.Decode,
            [(8, 200, 23)] = InlandWeatherWarning.Decode,
            [(8, 200, 24)] = InlandWaterLevel.Decode,
            [(8, 200, 40)] = InlandSignalStatus.Decode,
        }.ToFrozenDictionary();

    /// <summary>True when an application is registered for the message type, DAC and FI.</summary>
    public static bool IsKnown(int messageType, int dac, int fid) => Decoders.ContainsKey((messageType, dac, fid));

    /// <summary>
    /// Decodes the application of a type 6 or 8 message, or returns null when none is registered or gpsd would leave
    /// the data raw.
    /// </summary>
    /// <param name="messageType">6 or 8.</param>
    /// <param name="dac">Designated area code.</param>
    /// <param name="fid">Function identifier.</param>
    /// <param name="data">The bits after the FI.</param>
    public static IAisApplication? Decode(int messageType, int dac, int fid, in AisBitReader data) =>
        Decoders.TryGetValue((messageType, dac, fid), out AisApplicationDecoder? decoder) ? decoder(data) : null;
}
