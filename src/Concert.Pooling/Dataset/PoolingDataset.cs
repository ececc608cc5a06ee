using System.Collections.Immutable;
using System.Text.Json;
using Concert.Pooling.Model;

namespace Concert.Pooling.Dataset;

/// <summary>A pooling dataset: a notice on the figures' standing, the nations' figures and the problem (areas,
/// pledges, funds, projects). Read from and written to JSON so it can be edited by hand; the built-in reference
/// dataset is one.</summary>
/// <param name="Notice">What the figures are and how far to trust them.</param>
/// <param name="Nations">Defence spending and GNI per nation, with sources.</param>
/// <param name="Problem">The planning problem.</param>
public sealed record PoolingDataset(string Notice, ImmutableArray<NationFigures> Nations, PoolingProblem Problem)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The built-in reference dataset of the framework's nations: figures illustrative, to verify against
    /// SIPRI and the World Bank; pledges and projects illustrative.</summary>
    /// <returns>The dataset.</returns>
    public static PoolingDataset LoadReference()
    {
        using Stream stream = typeof(PoolingDataset).Assembly.GetManifestResourceStream("Concert.Pooling.ReferenceDataset.json")
            ?? throw new InvalidOperationException("The reference dataset is missing from the assembly.");
        return Load(stream);
    }

    /// <summary>Reads a dataset from JSON.</summary>
    /// <param name="json">The JSON stream.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="InvalidDataException">Malformed JSON, an unknown code or name, or inconsistent data; the
    /// message says what.</exception>
    public static PoolingDataset Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            DatasetDocument document = JsonSerializer.Deserialize<DatasetDocument>(json, JsonOptions)
                ?? throw new InvalidDataException("The dataset is empty (JSON null).");
            return document.ToDataset();
        }
        catch (Exception error) when (error is JsonException or ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"Invalid pooling dataset: {error.Message}", error);
        }
    }

    /// <summary>Writes the dataset as indented JSON that <see cref="Load"/> reads back.</summary>
    /// <param name="json">The stream to write to.</param>
    public void Save(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonSerializer.Serialize(json, DatasetDocument.From(this), JsonOptions);
    }
}
