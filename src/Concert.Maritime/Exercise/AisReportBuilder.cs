using Concert.Ais.Messages;

namespace Concert.Maritime.Exercise;

/// <summary>Turns a simulated vessel and its kinematics into the AIS messages its transponder would send.</summary>
internal static class AisReportBuilder
{
    // A class B "CS" unit's usual communication state (the value gpsd's sample shows for such units).
    private const int ClassBCarrierSenseRadio = 917510;

    public static PositionReportClassA ClassA(SimulatedVessel vessel, in VesselKinematics motion, DateTimeOffset at) => new(
        MessageType: 1,
        Repeat: 0,
        Mmsi: vessel.Mmsi,
        Status: motion.NavigationStatus,
        TurnRaw: TurnIndicator(motion.TurnDegreesPerMinute),
        SpeedRaw: SpeedRaw(motion.SpeedKnots),
        Accuracy: true,
        LongitudeRaw: (int)Math.Round(motion.Position.Longitude * 600_000),
        LatitudeRaw: (int)Math.Round(motion.Position.Latitude * 600_000),
        CourseRaw: (int)Math.Round(motion.CourseDegrees * 10) % 3600,
        HeadingRaw: (int)Math.Round(motion.CourseDegrees) % 360,
        Second: at.Second,
        Maneuver: 0,
        Spare: 0,
        Raim: false,
        Radio: 0);

    public static PositionReportClassB ClassB(SimulatedVessel vessel, in VesselKinematics motion, DateTimeOffset at) => new(
        MessageType: 18,
        Repeat: 0,
        Mmsi: vessel.Mmsi,
        Reserved: 0,
        SpeedRaw: SpeedRaw(motion.SpeedKnots),
        Accuracy: false,
        LongitudeRaw: (int)Math.Round(motion.Position.Longitude * 600_000),
        LatitudeRaw: (int)Math.Round(motion.Position.Latitude * 600_000),
        CourseRaw: (int)Math.Round(motion.CourseDegrees * 10) % 3600,
        HeadingRaw: 511,
        Second: at.Second,
        Regional: 0,
        CarrierSense: true,
        Display: false,
        Dsc: true,
        Band: true,
        Msg22: true,
        Assigned: false,
        Raim: false,
        Radio: ClassBCarrierSenseRadio);

    public static StaticAndVoyageData StaticAndVoyage(SimulatedVessel vessel, DateTimeOffset at)
    {
        // The declared ETA: two days ahead at the full hour, as crews tend to type it.
        DateTimeOffset eta = at.AddDays(2);
        return new StaticAndVoyageData(
            MessageType: 5,
            Repeat: 0,
            Mmsi: vessel.Mmsi,
            AisVersion: 2,
            ImoRaw: vessel.Imo,
            CallSign: Fit(vessel.CallSign, 7),
            ShipName: Fit(vessel.Name, 20),
            ShipType: vessel.ShipType,
            Dimensions: Dimensions(vessel),
            Epfd: 1,
            EtaMonthRaw: eta.Month,
            EtaDayRaw: eta.Day,
            EtaHourRaw: eta.Hour,
            EtaMinuteRaw: 0,
            DraughtRaw: Math.Min(255, (int)Math.Round(vessel.DraughtMeters * 10)),
            Destination: Fit(vessel.Destination, 20),
            Dte: false,
            Spare: false);
    }

    public static StaticDataReportPartA PartA(SimulatedVessel vessel) => new(24, 0, vessel.Mmsi, Fit(vessel.Name, 20), 0, 8);

    public static StaticDataReportPartB PartB(SimulatedVessel vessel) =>
        new(24, 0, vessel.Mmsi, vessel.ShipType, 0, 0, 0, Fit(vessel.CallSign, 7), Dimensions(vessel), 0);

    // The GNSS antenna a third of the length from the stern, on the centre line.
    private static ShipDimensions Dimensions(SimulatedVessel vessel)
    {
        int toStern = Math.Min(511, vessel.LengthMeters / 3);
        int toPort = Math.Min(63, vessel.BeamMeters / 2);
        return new ShipDimensions(
            Math.Min(511, vessel.LengthMeters - toStern), toStern, toPort, Math.Min(63, vessel.BeamMeters - toPort));
    }

    // AIS text fields have fixed widths: longer names are cut, as transponders cut what the crew typed.
    private static string Fit(string text, int characters) => text.Length <= characters ? text : text[..characters];

    private static int SpeedRaw(double knots) => Math.Min(1022, (int)Math.Round(knots * 10));

    // ROT indicator = 4.733 √(degrees per minute), signed, up to ±126 (ITU-R M.1371-5 table 48).
    private static int TurnIndicator(double degreesPerMinute) =>
        (int)Math.CopySign(Math.Min(126, Math.Round(4.733 * Math.Sqrt(Math.Abs(degreesPerMinute)))), degreesPerMinute);
}
