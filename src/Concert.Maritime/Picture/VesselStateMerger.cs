using System.Runtime.CompilerServices;
using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Merges one decoded message into a vessel's state: positions from types 1–3, 9, 18, 19, 21 and 27; name, ship type,
/// dimensions, call sign, IMO and voyage from types 5, 19, 21 and 24. A position older than the one held is ignored
/// (feeds deliver out of order); static parts are replaced by the latest message that carries them.
/// </summary>
internal static class VesselStateMerger
{
    /// <summary>True for the message types that change a vessel's state.</summary>
    public static bool IsMerged(int messageType) => messageType is (>= 1 and <= 3) or 5 or 9 or 18 or 19 or 21 or 24 or 27;

    /// <summary>
    /// Merges <paramref name="message"/> into <paramref name="state"/> and returns the new state, or null when the
    /// message changes nothing (the draft is then as it was).
    /// </summary>
    public static VesselState? Merge<TMessage>(ref VesselStateDraft state, in TMessage message, Provenance provenance, PictureOptions options)
        where TMessage : struct, IAisMessage<TMessage>
    {
        if (!MergeParts(ref state, in message, provenance))
        {
            return null;
        }
        state.Label = CombinedLabel(in state, options);
        if (provenance.ReceivedAt > state.LastReceivedAt)
        {
            state.LastReceivedAt = provenance.ReceivedAt;
        }
        return state.ToState();
    }

    // Changes the draft's parts; false when the message changes none.
    private static bool MergeParts<TMessage>(ref VesselStateDraft state, in TMessage message, Provenance provenance)
        where TMessage : struct, IAisMessage<TMessage>
    {
        if (typeof(TMessage) == typeof(PositionReportClassA))
        {
            ref readonly PositionReportClassA report = ref As<TMessage, PositionReportClassA>(in message);
            return WithPosition(ref state, report, report.Status, null, provenance, VesselClass.ClassA);
        }
        if (typeof(TMessage) == typeof(PositionReportClassB))
        {
            return WithPosition(ref state, As<TMessage, PositionReportClassB>(in message), null, null, provenance, VesselClass.ClassB);
        }
        if (typeof(TMessage) == typeof(ExtendedPositionReportClassB))
        {
            ref readonly ExtendedPositionReportClassB report = ref As<TMessage, ExtendedPositionReportClassB>(in message);
            WithPosition(ref state, report, null, null, provenance, VesselClass.ClassB);
            state.Name = NameOrKept(state.Name, report.ShipName, provenance);
            state.Particulars = new ShipParticulars(
                ShipTypeOrNull(report.ShipType), null, report.Dimensions.LengthMeters, report.Dimensions.BeamMeters, provenance);
            return true;
        }
        if (typeof(TMessage) == typeof(SarAircraftPositionReport))
        {
            ref readonly SarAircraftPositionReport report = ref As<TMessage, SarAircraftPositionReport>(in message);
            return WithPosition(ref state, report, null, report.AltitudeMeters, provenance, VesselClass.SarAircraft);
        }
        if (typeof(TMessage) == typeof(AidToNavigationReport))
        {
            ref readonly AidToNavigationReport report = ref As<TMessage, AidToNavigationReport>(in message);
            WithPosition(ref state, report, null, null, provenance, VesselClass.AidToNavigation);
            state.Name = NameOrKept(state.Name, report.FullName, provenance);
            // A report with no type and no dimensions (the archive's position rows) tells nothing of the aid.
            if (report.AidType != 0 || report.Dimensions != default || state.Particulars is null)
            {
                state.Particulars = new ShipParticulars(
                    null, report.AidType, report.Dimensions.LengthMeters, report.Dimensions.BeamMeters, provenance);
            }
            return true;
        }
        if (typeof(TMessage) == typeof(LongRangePositionReport))
        {
            ref readonly LongRangePositionReport report = ref As<TMessage, LongRangePositionReport>(in message);
            // Type 27 is sent by class A units (and some class B SO); it does not change what is already known.
            VesselClass kind = state.Class == VesselClass.Unknown ? VesselClass.ClassA : state.Class;
            return WithPosition(ref state, report, report.Status, null, provenance, kind);
        }
        if (typeof(TMessage) == typeof(StaticAndVoyageData))
        {
            WithStaticAndVoyage(ref state, As<TMessage, StaticAndVoyageData>(in message), provenance);
            return true;
        }
        if (typeof(TMessage) == typeof(StaticDataReportPartA))
        {
            ref readonly StaticDataReportPartA partA = ref As<TMessage, StaticDataReportPartA>(in message);
            state.Class = ClassBUnlessKnownA(state.Class);
            state.Name = NameOrKept(state.Name, partA.ShipName, provenance);
            return true;
        }
        if (typeof(TMessage) == typeof(StaticDataReportPartB))
        {
            WithPartB(ref state, As<TMessage, StaticDataReportPartB>(in message), provenance);
            return true;
        }
        return false;
    }

    private static bool WithPosition<TReport>(
        ref VesselStateDraft state, in TReport report, int? status, int? altitude, Provenance provenance, VesselClass kind)
        where TReport : struct, IAisPositionReport
    {
        if (report.Latitude is not { } latitude || report.Longitude is not { } longitude
            || (state.Position is { } held && held.Provenance.ReceivedAt > provenance.ReceivedAt))
        {
            // No position, or an older one than held: the message still tells what kind of station it is.
            if (state.Class == kind)
            {
                return false;
            }
            state.Class = kind;
            return true;
        }
        state.Class = kind;
        state.Position = new VesselPosition(
            latitude,
            // The raw field allows exactly 180°, which is −180°: keep longitudes in [−180, 180).
            longitude >= 180 ? longitude - 360 : longitude,
            report.SpeedKnots,
            report.CourseDegrees,
            report.HeadingDegrees,
            status,
            altitude,
            report.Accuracy,
            provenance);
        return true;
    }

    private static void WithStaticAndVoyage(ref VesselStateDraft state, in StaticAndVoyageData data, Provenance provenance)
    {
        state.Class = VesselClass.ClassA;
        state.Name = NameOrKept(state.Name, data.ShipName, provenance);
        state.Particulars = new ShipParticulars(
            ShipTypeOrNull(data.ShipType), null, data.Dimensions.LengthMeters, data.Dimensions.BeamMeters, provenance);
        state.Registration = new VesselRegistration(TextOrNull(data.CallSign), data.Imo, provenance);
        state.Voyage = new VoyageData(
            TextOrNull(data.Destination), data.DraughtMeters, data.EtaMonth, data.EtaDay, data.EtaHour, data.EtaMinute, provenance);
    }

    private static void WithPartB(ref VesselStateDraft state, in StaticDataReportPartB partB, Provenance provenance)
    {
        state.Class = ClassBUnlessKnownA(state.Class);
        // An auxiliary craft's part B carries its mother ship's MMSI where others carry dimensions.
        state.Particulars = partB.IsAuxiliaryCraft
            ? new ShipParticulars(ShipTypeOrNull(partB.ShipType), null, null, null, provenance)
            : new ShipParticulars(
                ShipTypeOrNull(partB.ShipType), null, partB.Dimensions.LengthMeters, partB.Dimensions.BeamMeters, provenance);
        state.Registration = new VesselRegistration(TextOrNull(partB.CallSign), state.Registration?.Imo, provenance);
    }

    // A class A unit may send type 24 too (ITU-R M.1371-5 §3.3.8.2.3.7); that does not make it class B.
    private static VesselClass ClassBUnlessKnownA(VesselClass held) =>
        held == VesselClass.ClassA ? VesselClass.ClassA : VesselClass.ClassB;

    private static VesselName? NameOrKept(VesselName? held, string name, Provenance provenance) =>
        TextOrNull(name) is { } text ? new VesselName(text, provenance) : held;

    private static string? TextOrNull(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static int? ShipTypeOrNull(int code) => code == 0 ? null : code;

    private static ConfidentialityLabel CombinedLabel(in VesselStateDraft state, PictureOptions options)
    {
        ConfidentialityLabel? first = null;
        List<ConfidentialityLabel>? distinct = null;
        // The parts in the order of VesselState.Provenances, without its iterator (an object each full merge).
        foreach (Provenance? provenance in (ReadOnlySpan<Provenance?>)
            [state.Position?.Provenance, state.Name?.Provenance, state.Particulars?.Provenance, state.Registration?.Provenance, state.Voyage?.Provenance])
        {
            if (provenance is null)
            {
                continue;
            }
            ConfidentialityLabel label = provenance.Label;
            if (first is null)
            {
                first = label;
            }
            else if (!ReferenceEquals(label, first) && !label.Equals(first) && (distinct is null || !distinct.Contains(label)))
            {
                distinct ??= [first];
                distinct.Add(label);
            }
        }
        if (first is null)
        {
            return state.Label;
        }
        return distinct is null ? first : LabelCombiner.Combine(distinct, options.Communities, options.TimeProvider.GetUtcNow());
    }

    private static ref readonly TTarget As<TMessage, TTarget>(in TMessage message)
        where TMessage : struct
        where TTarget : struct =>
        ref Unsafe.As<TMessage, TTarget>(ref Unsafe.AsRef(in message));
}
