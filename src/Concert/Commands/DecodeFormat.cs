namespace Concert.Commands;

/// <summary>The output formats of <c>concert decode</c>.</summary>
internal enum DecodeFormat
{
    /// <summary>gpsd's <c>gpsdecode -j</c> JSON, line for line (type 24 parts separate, as with <c>-s</c>).</summary>
    Gpsd,

    /// <summary>Concert's own JSON lines: metadata and every typed and raw field (docs/decode-ndjson.md).</summary>
    Ndjson,

    /// <summary>One CSV row per position report.</summary>
    Csv,
}
