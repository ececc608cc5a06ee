namespace Concert.Maritime.Exercise;

/// <summary>IMO ship identification numbers: seven digits, the last a check digit (IMO resolution A.1117(30)).</summary>
public static class ImoNumber
{
    /// <summary>
    /// The check digit of six leading digits: the sum of each digit times its weight (7, 6, 5, 4, 3, 2 from the left),
    /// modulo 10.
    /// </summary>
    /// <param name="sixDigits">The first six digits as a number, 100000..999999.</param>
    public static int CheckDigit(int sixDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sixDigits, 100_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sixDigits, 999_999);
        int sum = 0;
        for (int weight = 2; weight <= 7; weight++, sixDigits /= 10)
        {
            sum += sixDigits % 10 * weight;
        }
        return sum % 10;
    }

    /// <summary>True when <paramref name="imo"/> has seven digits and a correct check digit.</summary>
    /// <param name="imo">The number.</param>
    public static bool IsValid(uint imo) => imo is >= 1_000_000 and <= 9_999_999 && CheckDigit((int)(imo / 10)) == imo % 10;

    /// <summary>The full IMO number from its six leading digits.</summary>
    /// <param name="sixDigits">The first six digits, 100000..999999.</param>
    public static uint From(int sixDigits) => (uint)(sixDigits * 10 + CheckDigit(sixDigits));
}
