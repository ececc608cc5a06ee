using System.Reflection;
using System.Runtime.InteropServices;

namespace Concert.Pooling.Planning;

/// <summary>The part of HiGHS's C interface a <see cref="MipRun"/> uses, from the <c>libhighs</c> the OR-Tools runtime
/// package ships beside <c>libortools</c> (HiGHS 1.12 in OR-Tools 9.15).</summary>
/// <remarks>Why not OR-Tools' <c>Solver.CreateSolver("HIGHS")</c>: its wrapper (<c>highs_proto_solver.cc</c>) reports the
/// incumbent's value as the best bound whether or not HiGHS proved it, refuses solver-specific parameters (so the gap
/// stays HiGHS's default 1e-4 and there is no node or objective limit), and sizes its hint arrays wrongly. Through the
/// C interface the run sets every option and reads HiGHS's own dual bound. HiGHS's integers are 32-bit in this build
/// (checked once, <see cref="Create"/>).</remarks>
internal static partial class HighsNative
{
    /// <summary><c>kHighsStatusError</c>: a call failed (a warning, 1, still did what was asked).</summary>
    public const int StatusError = -1;

    /// <summary><c>kHighsMatrixFormatRowwise</c>.</summary>
    public const int RowWise = 2;

    /// <summary><c>kHighsObjSenseMinimize</c>.</summary>
    public const int Minimize = 1;

    /// <summary><c>kHighsSolutionStatusFeasible</c>, the value of the info <c>primal_solution_status</c> when HiGHS holds a
    /// feasible solution.</summary>
    public const int SolutionFeasible = 2;

    /// <summary><c>kHighsModelStatusOptimal</c>: proven within the run's gap limits.</summary>
    public const int ModelOptimal = 7;

    private const string Library = "highs";

    static HighsNative() => NativeLibrary.SetDllImportResolver(typeof(HighsNative).Assembly, Resolve);

    /// <summary>A new HiGHS instance, quiet.</summary>
    public static HighsHandle Create()
    {
        HighsHandle highs = CreateHandle();
        if (highs.IsInvalid)
        {
            throw new InvalidOperationException("HiGHS did not create an instance.");
        }

        if (SizeOfHighsInt(highs) != sizeof(int))
        {
            highs.Dispose();
            throw new InvalidOperationException("This HiGHS build uses 64-bit integers; MipRun passes 32-bit ones.");
        }

        Check(SetBoolOption(highs, "output_flag", 0), "output_flag");
        return highs;
    }

    /// <summary>Throws unless a HiGHS call succeeded (or only warned).</summary>
    public static void Check(int status, string what)
    {
        if (status == StatusError)
        {
            throw new InvalidOperationException($"HiGHS refused {what}.");
        }
    }

    [LibraryImport(Library, EntryPoint = "Highs_create")]
    private static partial HighsHandle CreateHandle();

    [LibraryImport(Library, EntryPoint = "Highs_destroy")]
    internal static partial void Destroy(nint highs);

    [LibraryImport(Library, EntryPoint = "Highs_getSizeofHighsInt")]
    private static partial int SizeOfHighsInt(HighsHandle highs);

    [LibraryImport(Library, EntryPoint = "Highs_passMip")]
    internal static partial int PassMip(
        HighsHandle highs,
        int columns,
        int rows,
        int nonZeros,
        int matrixFormat,
        int sense,
        double offset,
        double[] cost,
        double[] columnLower,
        double[] columnUpper,
        double[] rowLower,
        double[] rowUpper,
        int[] starts,
        int[] indices,
        double[] values,
        int[] integrality);

    [LibraryImport(Library, EntryPoint = "Highs_setSparseSolution")]
    internal static partial int SetSparseSolution(HighsHandle highs, int entries, int[] indices, double[] values);

    [LibraryImport(Library, EntryPoint = "Highs_setBoolOptionValue", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetBoolOption(HighsHandle highs, string option, int value);

    [LibraryImport(Library, EntryPoint = "Highs_setIntOptionValue", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetIntOption(HighsHandle highs, string option, int value);

    [LibraryImport(Library, EntryPoint = "Highs_setDoubleOptionValue", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetDoubleOption(HighsHandle highs, string option, double value);

    [LibraryImport(Library, EntryPoint = "Highs_run")]
    internal static partial int Run(HighsHandle highs);

    [LibraryImport(Library, EntryPoint = "Highs_getModelStatus")]
    internal static partial int ModelStatus(HighsHandle highs);

    [LibraryImport(Library, EntryPoint = "Highs_getIntInfoValue", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int IntInfo(HighsHandle highs, string info, out int value);

    [LibraryImport(Library, EntryPoint = "Highs_getDoubleInfoValue", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int DoubleInfo(HighsHandle highs, string info, out double value);

    [LibraryImport(Library, EntryPoint = "Highs_getSolution")]
    internal static partial int Solution(HighsHandle highs, double[] columnValues, double[] columnDuals, double[] rowValues, double[] rowDuals);

    /// <summary>Finds the HiGHS library OR-Tools' runtime package ships, by its versioned file name (the package has no
    /// unversioned <c>libhighs.so</c>), in the directories the application loads native libraries from.</summary>
    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return 0;
        }

        string file = OperatingSystem.IsWindows() ? "highs.dll" : OperatingSystem.IsMacOS() ? "libhighs.1.dylib" : "libhighs.so.1";
        return NativeLibrary.TryLoad(file, assembly, searchPath, out nint library) ? library : 0;
    }
}
