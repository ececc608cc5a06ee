namespace Concert.Maritime.Exercise;

/// <summary>
/// Builds the background fleet: merchant ships on the lanes and at anchor, fishing fleets on their grounds, ferries on
/// their routes and patrol vessels on station, each with an identity fitting its type and flag.
/// </summary>
internal static class FleetBuilder
{
    // Share of each kind of vessel in the background fleet, by thousandths; what is left over lies at anchor.
    private static readonly (VesselCategory Category, int PerMille)[] Mix =
    [
        (VesselCategory.ContainerShip, 160), (VesselCategory.Tanker, 140), (VesselCategory.BulkCarrier, 150),
        (VesselCategory.GeneralCargo, 100), (VesselCategory.FishingVessel, 230), (VesselCategory.Ferry, 50),
        (VesselCategory.PatrolVessel, 50),
    ];

    private static readonly Dictionary<VesselCategory, string[]> MerchantFlags = new()
    {
        [VesselCategory.ContainerShip] = ["PAN", "PAN", "LBR", "LBR", "MHL", "SGP", "SGP", "HKG", "HKG", "CHN", "MLT", "KOR", "JPN", "TWN"],
        [VesselCategory.Tanker] = ["PAN", "LBR", "LBR", "MHL", "MHL", "SGP", "SGP", "HKG", "MLT", "GRC", "CHN", "MYS", "BHS"],
        [VesselCategory.BulkCarrier] = ["PAN", "PAN", "LBR", "MHL", "HKG", "HKG", "SGP", "CHN", "GRC", "JPN", "CYP"],
        [VesselCategory.GeneralCargo] = ["PAN", "CHN", "CHN", "VNM", "IDN", "MYS", "PHL", "KOR", "JPN", "THA"],
    };

    private static readonly string[] Destinations =
        ["SGSIN", "HKHKG", "CNSHA", "KRPUS", "JPTYO", "PHMNL", "JPOSA", "MYPKG", "CNNGB", "TWKHH", "VNSGN", "CNXMN"];

    public static List<SimulatedVessel> Build(ExerciseOptions options, HashSet<uint> taken)
    {
        var random = new DeterministicRandom(options.Seed);
        var fleet = new List<SimulatedVessel>(options.Vessels);
        for (int i = 0; i < options.Vessels; i++)
        {
            int pick = random.Below(1000);
            VesselCategory? category = null;
            foreach ((VesselCategory kind, int perMille) in Mix)
            {
                if (pick < perMille)
                {
                    category = kind;
                    break;
                }
                pick -= perMille;
            }
            fleet.Add(category switch
            {
                VesselCategory.FishingVessel => Fishing(options, taken, ref random),
                VesselCategory.Ferry => Ferry(options, taken, ref random),
                VesselCategory.PatrolVessel => Patrol(options, taken, ref random),
                { } merchant => Merchant(merchant, options, taken, ref random, atAnchor: false),
                null => Merchant(random.Pick([VesselCategory.Tanker, VesselCategory.BulkCarrier, VesselCategory.GeneralCargo]),
                    options, taken, ref random, atAnchor: true),
            });
        }
        return fleet;
    }

    public static SimulatedVessel Merchant(
        VesselCategory category, ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random, bool atAnchor)
    {
        string flag = random.Pick(MerchantFlags[category]);
        (int length, int shipType, double speed, double draught) = category switch
        {
            VesselCategory.ContainerShip => ((int)random.Between(170, 400), 70 + random.Below(2), random.Between(16, 22), random.Between(9, 15.5)),
            VesselCategory.Tanker => ((int)random.Between(100, 333), 80 + random.Below(4), random.Between(11, 15), random.Between(7, 21)),
            VesselCategory.BulkCarrier => ((int)random.Between(180, 300), 70, random.Between(11, 14.5), random.Between(8, 18)),
            _ => ((int)random.Between(80, 150), random.NextDouble() < 0.8 ? 70 : 79, random.Between(10, 13), random.Between(5, 9)),
        };
        IVesselTrack track = atAnchor
            ? new StationaryTrack(
                random.Pick(AsiaPacificWaters.Anchorages).Position.Offset(random.Between(0, 360), random.Between(0.2, 3)),
                random.Between(0, 360), 1)
            : new LaneTransitTrack(
                random.Pick(AsiaPacificWaters.Lanes), speed, TimeSpan.FromHours(random.Between(8, 36)), options.Start, random.NextDouble());
        return new SimulatedVessel
        {
            Mmsi = VesselNaming.Mmsi(flag, taken, ref random),
            Imo = VesselNaming.Imo(ref random),
            Name = VesselNaming.MerchantName(ref random),
            CallSign = VesselNaming.CallSign(flag, ref random),
            Flag = flag,
            Category = category,
            ShipType = shipType,
            LengthMeters = length,
            BeamMeters = Math.Min(60, (int)(length / random.Between(6.2, 7.8))),
            DraughtMeters = Math.Round(draught, 1),
            Destination = random.Pick(Destinations),
            IsClassB = false,
            Track = track,
        };
    }

    private static SimulatedVessel Fishing(ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random)
    {
        (string _, LatLon centre, double radius, string[] flags) = random.Pick(AsiaPacificWaters.FishingGrounds);
        string flag = random.Pick(flags);
        int length = (int)random.Between(12, 60);
        LatLon workingArea = centre.Offset(random.Between(0, 360), random.Between(0, radius));
        return new SimulatedVessel
        {
            Mmsi = VesselNaming.Mmsi(flag, taken, ref random),
            // Fishing vessels under 24 m have no IMO number; larger ones carry one since IMO resolution A.1117(30).
            Imo = length >= 24 ? VesselNaming.Imo(ref random) : 0,
            Name = VesselNaming.FishingName(flag, ref random),
            CallSign = VesselNaming.CallSign(flag, ref random),
            Flag = flag,
            Category = VesselCategory.FishingVessel,
            ShipType = 30,
            LengthMeters = length,
            BeamMeters = Math.Max(4, length / 5),
            DraughtMeters = Math.Round(random.Between(2, 5), 1),
            Destination = "FISHING GROUND",
            IsClassB = length < 35,
            Track = new CircuitTrack(workingArea, random.Between(1, 6), random.Between(2, 6), options.Start,
                random.Between(0, 2 * Math.PI), 7),
        };
    }

    private static SimulatedVessel Ferry(ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random)
    {
        (ShippingLane route, string flag, bool highSpeed) = random.Pick(AsiaPacificWaters.FerryRoutes);
        int length = highSpeed ? (int)random.Between(30, 50) : (int)random.Between(100, 200);
        return new SimulatedVessel
        {
            Mmsi = VesselNaming.Mmsi(flag, taken, ref random),
            Imo = VesselNaming.Imo(ref random),
            Name = VesselNaming.FerryName(flag, ref random),
            CallSign = VesselNaming.CallSign(flag, ref random),
            Flag = flag,
            Category = VesselCategory.Ferry,
            // 40: high-speed craft; 60: passenger ship.
            ShipType = highSpeed ? 40 : 60,
            LengthMeters = length,
            BeamMeters = highSpeed ? length / 3 : length / 6,
            DraughtMeters = Math.Round(highSpeed ? random.Between(1.2, 2) : random.Between(5, 7), 1),
            Destination = route.Name.ToUpperInvariant()[..Math.Min(20, route.Name.Length)],
            IsClassB = false,
            Track = new LaneTransitTrack(route, highSpeed ? random.Between(28, 36) : random.Between(16, 21),
                TimeSpan.FromMinutes(random.Between(40, 120)), options.Start, random.NextDouble()),
        };
    }

    private static SimulatedVessel Patrol(ExerciseOptions options, HashSet<uint> taken, ref DeterministicRandom random)
    {
        (string _, LatLon centre, double radius, string flag) = random.Pick(AsiaPacificWaters.PatrolStations);
        return new SimulatedVessel
        {
            Mmsi = VesselNaming.Mmsi(flag, taken, ref random),
            Imo = 0,
            Name = VesselNaming.PatrolName(flag, ref random),
            CallSign = VesselNaming.CallSign(flag, ref random),
            Flag = flag,
            Category = VesselCategory.PatrolVessel,
            // 55: law enforcement.
            ShipType = 55,
            LengthMeters = (int)random.Between(50, 130),
            BeamMeters = (int)random.Between(8, 16),
            DraughtMeters = Math.Round(random.Between(3, 6), 1),
            Destination = "PATROL",
            IsClassB = false,
            Track = new CircuitTrack(centre, radius * random.Between(0.4, 1), random.Between(8, 16), options.Start,
                random.Between(0, 2 * Math.PI), 0),
        };
    }
}
