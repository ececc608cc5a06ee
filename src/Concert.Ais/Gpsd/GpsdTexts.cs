namespace Concert.Ais.Gpsd;

/// <summary>The fixed texts gpsd prints beside coded values (<c>status_text</c>, <c>epfd_text</c>, <c>shiptype_text</c>, …).</summary>
public static class GpsdTexts
{
    private static readonly byte[][] NavigationStatuses =
    [
        "Under way using engine"u8.ToArray(),
        "At anchor"u8.ToArray(),
        "Not under command"u8.ToArray(),
        "Restricted manoeuverability"u8.ToArray(),
        "Constrained by her draught"u8.ToArray(),
        "Moored"u8.ToArray(),
        "Aground"u8.ToArray(),
        "Engaged in fishing"u8.ToArray(),
        "Under way sailing"u8.ToArray(),
        "Reserved for HSC"u8.ToArray(),
        "Reserved for WIG"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Reserved"u8.ToArray(),
        "Not defined"u8.ToArray(),
    ];

    /// <summary>gpsd's text for a navigational status code (0..15).</summary>
    public static ReadOnlySpan<byte> NavigationStatus(int status) => NavigationStatuses[status & 15];
}
