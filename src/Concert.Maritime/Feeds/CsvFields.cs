using System.Text;

namespace Concert.Maritime.Feeds;

/// <summary>Splits one CSV line into fields (RFC 4180 quoting: "a,b" and doubled quotes inside quotes).</summary>
internal static class CsvFields
{
    /// <summary>Fills <paramref name="fields"/> with the fields of <paramref name="line"/>; false when a quote is left open.</summary>
    public static bool Split(string line, List<string> fields)
    {
        fields.Clear();
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            fields.AddRange(line.Split(','));
            return true;
        }
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return !quoted;
    }
}
