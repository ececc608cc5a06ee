using System.Globalization;

namespace Concert.Maritime.Feeds;

/// <summary>
/// One CSV layout of decoded positions: which header columns it needs and how a row becomes a <see cref="CsvPosition"/>.
/// Columns are found by header name, so extra or reordered columns are fine.
/// </summary>
internal abstract class CsvPositionFormat
{
    private Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private int _lastRequiredIndex;

    /// <summary>The header names the format reads.</summary>
    protected abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Finds the required columns in the header line; returns the missing ones' names, or null when all are there.</summary>
    public string? BindHeader(IReadOnlyList<string> header)
    {
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].TrimStart('#').Trim(), i);
        }
        string[] missing = [.. RequiredColumns.Where(name => !_columns.ContainsKey(name))];
        if (missing.Length > 0)
        {
            return string.Join(", ", missing);
        }
        _lastRequiredIndex = RequiredColumns.Max(name => _columns[name]);
        return null;
    }

    /// <summary>Reads one row; on failure says why in a short reason and a detail.</summary>
    public bool TryRead(IReadOnlyList<string> row, out CsvPosition position, out string reason, out string detail)
    {
        if (row.Count <= _lastRequiredIndex)
        {
            position = default;
            (reason, detail) = ("too few columns", $"{row.Count} columns");
            return false;
        }
        return TryReadRow(row, out position, out reason, out detail);
    }

    /// <summary>Reads a row that has every required column.</summary>
    protected abstract bool TryReadRow(IReadOnlyList<string> row, out CsvPosition position, out string reason, out string detail);

    /// <summary>The trimmed value of a column of the row.</summary>
    protected string Field(IReadOnlyList<string> row, string column) => row[_columns[column]].Trim();

    /// <summary>Reads a decimal number, or null for an empty field.</summary>
    protected static bool TryNumber(string text, out double? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Checks the fields every format shares: an MMSI of at most nine digits, a latitude and longitude in range. On
    /// failure sets the reason and detail.
    /// </summary>
    protected static bool TryIdentityAndPlace(string mmsiText, string latitudeText, string longitudeText,
        out uint mmsi, out double latitude, out double longitude, out string reason, out string detail)
    {
        latitude = longitude = 0;
        reason = detail = string.Empty;
        if (!uint.TryParse(mmsiText, NumberStyles.None, CultureInfo.InvariantCulture, out mmsi) || mmsi > 999_999_999)
        {
            (reason, detail) = ("bad MMSI", mmsiText);
            return false;
        }
        if (!double.TryParse(latitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out latitude) || latitude is < -90 or > 90)
        {
            (reason, detail) = ("bad latitude", latitudeText);
            return false;
        }
        if (!double.TryParse(longitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out longitude) || longitude is < -180 or > 180)
        {
            (reason, detail) = ("bad longitude", longitudeText);
            return false;
        }
        return true;
    }
}
