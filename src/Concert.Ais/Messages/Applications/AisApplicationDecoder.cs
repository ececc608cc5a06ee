using Concert.Ais.Bits;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Decodes one application from the data bits that follow the DAC/FI header (offset 0 is the first bit after the FI),
/// or returns null when gpsd would leave the data undecoded (for example a length it does not accept).
/// </summary>
/// <param name="data">The application data; bits past its end read as zero.</param>
public delegate IAisApplication? AisApplicationDecoder(in AisBitReader data);
