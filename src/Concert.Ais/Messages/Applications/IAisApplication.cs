using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// A decoded binary application: the content of a type 6 or type 8 message identified by its DAC and function
/// identifier (FI). Each application is its own immutable record that keeps the raw field values.
/// </summary>
public interface IAisApplication
{
    /// <summary>Writes the application's fields after gpsd's <c>dac</c> and <c>fid</c>, with gpsd's names and formatting.</summary>
    void WriteGpsd(GpsdJsonWriter writer);
}
