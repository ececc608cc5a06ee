using Concert.Ais.Bits;
using Concert.Ais.Messages;
using FsCheck;
using FsCheck.Fluent;

namespace Concert.Ais.Tests.Generators;

/// <summary>
/// FsCheck generators of random, valid ship, base-station and aid-to-navigation messages: every raw field within its
/// bit width (so "not available" codes and out-of-range values occur), text drawn from the six-bit set and trimmed as
/// decoding gives it back. Public so that live-oracle tests can feed the same messages to gpsdecode.
/// </summary>
public static class VesselMessageGenerators
{
    /// <summary>Any message of the vessel family.</summary>
    public static Gen<IAisMessage> AnyVesselMessage() => Gen.OneOf(
        PositionReportClassA().Select(m => (IAisMessage)m),
        BaseStationReport().Select(m => (IAisMessage)m),
        StaticAndVoyageData().Select(m => (IAisMessage)m),
        SarAircraftPositionReport().Select(m => (IAisMessage)m),
        PositionReportClassB().Select(m => (IAisMessage)m),
        ExtendedPositionReportClassB().Select(m => (IAisMessage)m),
        AidToNavigationReport().Select(m => (IAisMessage)m),
        StaticDataReportPartA().Select(m => (IAisMessage)m),
        StaticDataReportPartB().Select(m => (IAisMessage)m),
        LongRangePositionReport().Select(m => (IAisMessage)m));

    /// <summary>Types 1–3, with full-length and the short 163..167-bit forms gpsd accepts.</summary>
    public static Gen<PositionReportClassA> PositionReportClassA() =>
        from type in Gen.Elements(1, 2, 3)
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from status in Unsigned(4)
        from turn in Signed(8)
        from speed in Unsigned(10)
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from course in Unsigned(12)
        from heading in Unsigned(9)
        from second in Unsigned(6)
        from maneuver in Unsigned(2)
        from spare in Unsigned(3)
        from raim in Flag()
        from radioBits in Gen.Frequency((5, Gen.Constant(19)), (1, Gen.Choose(14, 18)))
        from radio in Unsigned(radioBits)
        select new PositionReportClassA(type, repeat, mmsi, status, turn, speed, accuracy, lon, lat, course, heading, second,
            maneuver, spare, raim, radio, radioBits);

    /// <summary>Types 4 and 11.</summary>
    public static Gen<BaseStationReport> BaseStationReport() =>
        from type in Gen.Elements(4, 11)
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from year in Unsigned(14)
        from month in Unsigned(4)
        from day in Unsigned(5)
        from hour in Unsigned(5)
        from minute in Unsigned(6)
        from second in Unsigned(6)
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from epfd in Unsigned(4)
        from spare in Unsigned(10)
        from raim in Flag()
        from radio in Unsigned(19)
        select new BaseStationReport(type, repeat, mmsi, year, month, day, hour, minute, second, accuracy, lon, lat, epfd,
            spare, raim, radio);

    /// <summary>Type 5.</summary>
    public static Gen<StaticAndVoyageData> StaticAndVoyageData() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from version in Unsigned(2)
        from imo in Unsigned(30)
        from callSign in Text(7)
        from name in Text(20)
        from shipType in Unsigned(8)
        from dimensions in Dimensions()
        from epfd in Unsigned(4)
        from month in Unsigned(4)
        from day in Unsigned(5)
        from hour in Unsigned(5)
        from minute in Unsigned(6)
        from draught in Unsigned(8)
        from destination in Text(20)
        from dte in Flag()
        from spare in Flag()
        select new StaticAndVoyageData(5, repeat, mmsi, version, (uint)imo, callSign, name, shipType, dimensions, epfd, month,
            day, hour, minute, draught, destination, dte, spare);

    /// <summary>Type 9.</summary>
    public static Gen<SarAircraftPositionReport> SarAircraftPositionReport() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from altitude in Unsigned(12)
        from speed in Unsigned(10)
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from course in Unsigned(12)
        from second in Unsigned(6)
        from regional in Unsigned(8)
        from dte in Flag()
        from spare in Unsigned(3)
        from assigned in Flag()
        from raim in Flag()
        from radio in Unsigned(20)
        select new SarAircraftPositionReport(9, repeat, mmsi, altitude, speed, accuracy, lon, lat, course, second, regional,
            dte, spare, assigned, raim, radio);

    /// <summary>Type 18.</summary>
    public static Gen<PositionReportClassB> PositionReportClassB() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from reserved in Unsigned(8)
        from speed in Unsigned(10)
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from course in Unsigned(12)
        from heading in Unsigned(9)
        from second in Unsigned(6)
        from regional in Unsigned(2)
        from flags in Unsigned(7)
        from radio in Unsigned(20)
        select new PositionReportClassB(18, repeat, mmsi, reserved, speed, accuracy, lon, lat, course, heading, second,
            regional, (flags & 64) != 0, (flags & 32) != 0, (flags & 16) != 0, (flags & 8) != 0, (flags & 4) != 0,
            (flags & 2) != 0, (flags & 1) != 0, radio);

    /// <summary>Type 19.</summary>
    public static Gen<ExtendedPositionReportClassB> ExtendedPositionReportClassB() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from reserved in Unsigned(8)
        from speed in Unsigned(10)
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from course in Unsigned(12)
        from heading in Unsigned(9)
        from second in Unsigned(6)
        from regional in Unsigned(4)
        from name in Text(20)
        from shipType in Unsigned(8)
        from dimensions in Dimensions()
        from epfd in Unsigned(4)
        from flags in Unsigned(3)
        from spare in Unsigned(4)
        select new ExtendedPositionReportClassB(19, repeat, mmsi, reserved, speed, accuracy, lon, lat, course, heading, second,
            regional, name, shipType, dimensions, epfd, (flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0, spare);

    /// <summary>Type 21, with and without name extension (0..96 extension bits).</summary>
    public static Gen<AidToNavigationReport> AidToNavigationReport() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from aidType in Unsigned(5)
        from name in NameField()
        from accuracy in Flag()
        from lon in Signed(28)
        from lat in Signed(27)
        from dimensions in Dimensions()
        from epfd in Unsigned(4)
        from second in Unsigned(6)
        from regional in Unsigned(8)
        from flags in Unsigned(5)
        from extensionBits in Gen.Choose(0, 96)
        from extension in Text(Math.Min(14, extensionBits / 6))
        select new AidToNavigationReport(21, repeat, mmsi, aidType, name, accuracy, lon, lat, dimensions, epfd, second,
            (flags & 16) != 0, regional, (flags & 8) != 0, (flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0, extension,
            extensionBits);

    /// <summary>Type 24 part A, in its 160- to 168-bit forms.</summary>
    public static Gen<StaticDataReportPartA> StaticDataReportPartA() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from name in Text(20)
        from spareBits in Gen.Choose(0, 8)
        from spare in Unsigned(spareBits)
        select new StaticDataReportPartA(24, repeat, mmsi, name, spare, spareBits);

    /// <summary>Type 24 part B, including auxiliary craft (98xxxxxxx) that name a mother ship.</summary>
    public static Gen<StaticDataReportPartB> StaticDataReportPartB() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from shipType in Unsigned(8)
        from manufacturer in Unsigned(18)
        from model in Unsigned(4)
        from serial in Unsigned(20)
        from callSign in Text(7)
        from dimensions in Dimensions()
        from spare in Unsigned(6)
        select new StaticDataReportPartB(24, repeat, mmsi, shipType, manufacturer, model, serial, callSign, dimensions, spare);

    /// <summary>Type 27, in its 96-bit and full-slot forms.</summary>
    public static Gen<LongRangePositionReport> LongRangePositionReport() =>
        from repeat in Unsigned(2)
        from mmsi in Mmsi()
        from flags in Unsigned(3)
        from status in Unsigned(4)
        from lon in Signed(18)
        from lat in Signed(17)
        from speed in Unsigned(6)
        from course in Unsigned(9)
        from gnss in Flag()
        from fullSlot in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new LongRangePositionReport(27, repeat, mmsi, (flags & 4) != 0, (flags & 2) != 0, status, lon, lat, speed,
            course, gnss, (flags & 1) != 0, fullSlot);

    /// <summary>Distances within their 9- and 6-bit widths.</summary>
    public static Gen<ShipDimensions> Dimensions() =>
        from bow in Unsigned(9)
        from stern in Unsigned(9)
        from port in Unsigned(6)
        from starboard in Unsigned(6)
        select new ShipDimensions(bow, stern, port, starboard);

    /// <summary>An unsigned field of <paramref name="width"/> bits (0..30).</summary>
    public static Gen<int> Unsigned(int width) => Gen.Choose(0, (1 << width) - 1);

    /// <summary>A two's-complement field of <paramref name="width"/> bits.</summary>
    public static Gen<int> Signed(int width) => Gen.Choose(-(1 << (width - 1)), (1 << (width - 1)) - 1);

    /// <summary>A one-bit flag.</summary>
    public static Gen<bool> Flag() => Gen.Elements(false, true);

    /// <summary>MMSIs over the whole 30-bit range, with auxiliary-craft numbers (98xxxxxxx) common enough to test.</summary>
    public static Gen<uint> Mmsi() => Gen.Frequency(
        (4, Unsigned(30).Select(v => (uint)v)),
        (1, Gen.Choose(980_000_000, 989_999_999).Select(v => (uint)v)));

    /// <summary>Six-bit text of up to <paramref name="characters"/> characters as decoding returns it: no '@', no trailing space.</summary>
    public static Gen<string> Text(int characters) => SixBitCharacters(characters).Select(text => text.TrimEnd(' '));

    // The type 21 name field keeps trailing spaces (gpsd joins the extension to them), so only '@' is excluded.
    private static Gen<string> NameField() => SixBitCharacters(20);

    private static Gen<string> SixBitCharacters(int characters) =>
        from length in Gen.Choose(0, characters)
        from values in Gen.ArrayOf(Gen.Choose(1, 63), length)
        select new string(values.Select(SixBitText.ToChar).ToArray());
}
