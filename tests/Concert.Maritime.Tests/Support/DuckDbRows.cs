using DuckDB.NET.Data;

namespace Concert.Maritime.Tests.Support;

/// <summary>Reads what the archive's DuckDB file holds, for tests that check its tables and columns directly.</summary>
public static class DuckDbRows
{
    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
