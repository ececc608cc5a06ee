using System.Text.Json;

namespace Concert.Data.Pooling;

/// <summary>The one JSON form of the pooling rows' small nested values (camelCase, as the API writes them).</summary>
internal static class PoolingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Writes a value.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>JSON text.</returns>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a value written by <see cref="Write{T}"/>.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="json">JSON text.</param>
    /// <returns>The value.</returns>
    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored pooling value is JSON null: {json}");
}
