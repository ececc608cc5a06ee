using System.Globalization;

namespace Concert.Ais.Gpsd;

/// <summary>C printf number formats that gpsd uses and .NET has no direct equivalent for.</summary>
internal static class CFormat
{
    /// <summary>Formats as C's <c>%g</c>: six significant digits, exponent form outside 1e-4..1e6, trailing zeros removed.</summary>
    public static string General(double value)
    {
        if (value == 0)
        {
            return "0";
        }
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(double.Parse(value.ToString("E5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))));
        if (exponent < -4 || exponent >= 6)
        {
            string mantissaAndExponent = value.ToString("0.#####e+00", CultureInfo.InvariantCulture);
            return mantissaAndExponent;
        }
        int decimals = Math.Max(0, 5 - exponent);
        string fixedText = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return fixedText.Contains('.', StringComparison.Ordinal) ? fixedText.TrimEnd('0').TrimEnd('.') : fixedText;
    }
}
