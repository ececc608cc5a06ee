namespace Concert.Maritime.Exercise;

/// <summary>
/// The exercise's scripted events, each as the vessels that act it out and the ground truth of what happened. Times are
/// hours after the start, so that a 16-hour run contains them all.
/// </summary>
internal static class ScriptedEvents
{
    // Keeps the scripted identities independent of the background fleet's draws.
    private const ulong SeedSalt = 0x5C41_7ED0_E0E7_5000;

    public static (List<SimulatedVessel> Vessels, List<GroundTruthEvent> Truth) Build(ExerciseOptions options, HashSet<uint> taken)
    {
        var random = new DeterministicRandom(options.Seed ^ SeedSalt);
        var vessels = new List<SimulatedVessel>();
        var truth = new List<GroundTruthEvent>();
        ShipToShipTransfer(options, taken, ref random, vessels, truth);
        GoingDark(options, taken, ref random, vessels, truth);
        IdentitySpoofing(options, taken, ref random, vessels, truth);
        FastApproach(options, taken, ref random, vessels, truth);
        Loitering(options, taken, ref random, vessels, truth);
        return (vessels, truth);
    }

    private static void ShipToShipTransfer(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, List<SimulatedVessel> vessels, List<GroundTruthEvent> truth)
    {
        DateTimeOffset start = options.Start;
        // In the East China Sea off the Yangtze, inside the range of the Shengsi shore station.
        var meeting = new LatLon(30.85, 123.15);
        LatLon alongside = meeting.Offset(90, 0.03);
        var darkTanker = Tanker(options, taken, ref random, "PRK", "SONG BONG 3", length: 96) with
        {
            Destination = "NAMPO",
            Track = new ScriptedTrack(
                (start, meeting.Offset(20, 30)),
                (start.AddHours(3), meeting),
                (start.AddHours(7), meeting),
                (start.AddHours(24), meeting.Offset(15, 170))),
        };
        var receivingTanker = Tanker(options, taken, ref random, "SLE", "OCEAN LUCKY", length: 182) with
        {
            Destination = "FOR ORDERS",
            Track = new ScriptedTrack(
                (start, alongside.Offset(240, 36)),
                (start.AddHours(3), alongside),
                (start.AddHours(7), alongside),
                (start.AddHours(24), alongside.Offset(150, 200))),
        };
        vessels.Add(darkTanker);
        vessels.Add(receivingTanker);
        truth.Add(new GroundTruthEvent(
            ExerciseEventKind.ShipToShipTransfer, [darkTanker.Mmsi, receivingTanker.Mmsi], start.AddHours(3), start.AddHours(7), meeting,
            $"DPRK-flagged tanker {darkTanker.Name} ({darkTanker.Mmsi}) lies alongside {receivingTanker.Name} " +
            $"({receivingTanker.Mmsi}, Sierra Leone flag) for four hours in the East China Sea: a ship-to-ship transfer."));
    }

    private static void GoingDark(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, List<SimulatedVessel> vessels, List<GroundTruthEvent> truth)
    {
        DateTimeOffset dark = options.Start.AddHours(2), back = options.Start.AddHours(15);
        var track = new LaneTransitTrack(AsiaPacificWaters.Lanes[0], 12.5, TimeSpan.FromHours(24), options.Start, 0);
        SimulatedVessel bulker = FleetBuilder.Merchant(VesselCategory.BulkCarrier, options, taken, ref random, atAnchor: false) with
        {
            Track = track,
            Silences = [(dark, back)],
        };
        vessels.Add(bulker);
        truth.Add(new GroundTruthEvent(
            ExerciseEventKind.GoingDark, [bulker.Mmsi], dark, back, track.At(dark).Position,
            $"Bulk carrier {bulker.Name} ({bulker.Mmsi}) switches its AIS off for 13 hours in the Malacca Strait and " +
            "reappears further along the lane."));
    }

    private static void IdentitySpoofing(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, List<SimulatedVessel> vessels, List<GroundTruthEvent> truth)
    {
        DateTimeOffset from = options.Start.AddHours(4), until = options.Start.AddHours(6);
        SimulatedVessel genuine = FleetBuilder.Merchant(VesselCategory.ContainerShip, options, taken, ref random, atAnchor: false) with
        {
            Track = new LaneTransitTrack(AsiaPacificWaters.Lanes[3], 18, TimeSpan.FromHours(20), options.Start, 0.05),
        };
        var spoofedAt = new LatLon(34.75, 129.45);
        SimulatedVessel impostor = genuine with
        {
            Track = new ScriptedTrack((from, spoofedAt), (until, spoofedAt.Offset(45, 16))),
            ActiveWindow = (from, until),
        };
        vessels.Add(genuine);
        vessels.Add(impostor);
        truth.Add(new GroundTruthEvent(
            ExerciseEventKind.IdentitySpoofing, [genuine.Mmsi], from, until, spoofedAt,
            $"For two hours a second transmitter uses the identity of container ship {genuine.Name} ({genuine.Mmsi}) in the " +
            "Korea Strait while the ship itself is in the Taiwan Strait."));
    }

    private static void FastApproach(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, List<SimulatedVessel> vessels, List<GroundTruthEvent> truth)
    {
        DateTimeOffset start = options.Start;
        var target = Tanker(options, taken, ref random, "SGP", VesselNaming.MerchantName(ref random), length: 228) with
        {
            Destination = "CNNGB",
            Track = new ScriptedTrack(
                (start, new LatLon(1.2, 103.6)),
                (start.AddHours(3), new LatLon(1.26, 104.2)),
                (start.AddHours(4), new LatLon(1.45, 104.45)),
                (start.AddHours(24), new LatLon(5.0, 106.5))),
        };
        var craftBase = new LatLon(1.13, 103.95);
        DateTimeOffset launch = start.AddMinutes(52), contact = start.AddMinutes(68), breakOff = start.AddMinutes(78);
        var waypoints = new List<(DateTimeOffset, LatLon)> { (start, craftBase), (launch, craftBase) };
        for (DateTimeOffset at = contact; at <= breakOff; at = at.AddMinutes(1))
        {
            // Alongside: 50 m off the target's starboard side.
            VesselKinematics ship = target.Track.At(at);
            waypoints.Add((at, ship.Position.Offset(ship.CourseDegrees + 90, 0.027)));
        }
        LatLon lastAlongside = waypoints[^1].Item2;
        waypoints.Add((breakOff.AddMinutes(12), lastAlongside.Offset(200, 6)));
        SimulatedVessel craft = new()
        {
            Mmsi = VesselNaming.Mmsi("IDN", taken, ref random),
            Imo = 0,
            Name = "SEA HAWK 7",
            CallSign = VesselNaming.CallSign("IDN", ref random),
            Flag = "IDN",
            Category = VesselCategory.FastCraft,
            // 40: high-speed craft.
            ShipType = 40,
            LengthMeters = 14,
            BeamMeters = 4,
            DraughtMeters = 0.8,
            Destination = "BATAM",
            IsClassB = false,
            Track = new ScriptedTrack([.. waypoints]),
        };
        vessels.Add(target);
        vessels.Add(craft);
        truth.Add(new GroundTruthEvent(
            ExerciseEventKind.FastApproach, [craft.Mmsi, target.Mmsi], launch, breakOff, target.Track.At(contact).Position,
            $"Fast craft {craft.Name} ({craft.Mmsi}) leaves Batam at about 30 knots, comes alongside tanker {target.Name} " +
            $"({target.Mmsi}) in the Singapore Strait for ten minutes and breaks off south."));
    }

    private static void Loitering(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, List<SimulatedVessel> vessels, List<GroundTruthEvent> truth)
    {
        DateTimeOffset from = options.Start.AddHours(1), until = options.Start.AddHours(13);
        LatLon shoal = AsiaPacificWaters.ScarboroughShoal;
        SimulatedVessel loiterer = new()
        {
            Mmsi = VesselNaming.Mmsi("CHN", taken, ref random),
            Imo = VesselNaming.Imo(ref random),
            Name = VesselNaming.FishingName("CHN", ref random),
            CallSign = VesselNaming.CallSign("CHN", ref random),
            Flag = "CHN",
            Category = VesselCategory.FishingVessel,
            ShipType = 30,
            LengthMeters = 52,
            BeamMeters = 9,
            DraughtMeters = 3.8,
            Destination = "HUANGYAN DAO",
            IsClassB = false,
            Track = new CircuitTrack(shoal, 2.5, 3, options.Start, 0, 7),
            ActiveWindow = (from, until),
        };
        vessels.Add(loiterer);
        truth.Add(new GroundTruthEvent(
            ExerciseEventKind.Loitering, [loiterer.Mmsi], from, until, shoal,
            $"Fishing vessel {loiterer.Name} ({loiterer.Mmsi}) circles within three miles of Scarborough Shoal for 12 hours."));
    }

    private static SimulatedVessel Tanker(
        ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, string flag, string name, int length) =>
        FleetBuilder.Merchant(VesselCategory.Tanker, options, taken, ref random, atAnchor: false) with
        {
            Mmsi = VesselNaming.Mmsi(flag, taken, ref random),
            CallSign = VesselNaming.CallSign(flag, ref random),
            Flag = flag,
            Name = name,
            LengthMeters = length,
            BeamMeters = length / 6,
            ShipType = 80,
        };
}
