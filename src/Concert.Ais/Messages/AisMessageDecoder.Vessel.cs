using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

public static partial class AisMessageDecoder
{
    /// <summary>Ship, base-station and aid-to-navigation reports: types 1–5, 9, 11, 18, 19, 21, 24, 27.</summary>
    private static AisDecodeStatus? DecodeVesselMessage<THandler>(int type, in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where THandler : IAisMessageHandler => type switch
        {
            1 or 2 or 3 => Deliver<PositionReportClassA, THandler>(bits, metadata, ref handler),
            4 or 11 => Deliver<BaseStationReport, THandler>(bits, metadata, ref handler),
            5 => Deliver<StaticAndVoyageData, THandler>(bits, metadata, ref handler),
            9 => Deliver<SarAircraftPositionReport, THandler>(bits, metadata, ref handler),
            18 => Deliver<PositionReportClassB, THandler>(bits, metadata, ref handler),
            19 => Deliver<ExtendedPositionReportClassB, THandler>(bits, metadata, ref handler),
            21 => Deliver<AidToNavigationReport, THandler>(bits, metadata, ref handler),
            // Bits 38-39 number the part; gpsd rejects parts 2 and 3, which ITU-R M.1371 leaves undefined.
            24 => bits.UInt(38, 2) == StaticDataReportPartA.PartNumber
                ? Deliver<StaticDataReportPartA, THandler>(bits, metadata, ref handler)
                : Deliver<StaticDataReportPartB, THandler>(bits, metadata, ref handler),
            27 => Deliver<LongRangePositionReport, THandler>(bits, metadata, ref handler),
            _ => null,
        };
}
