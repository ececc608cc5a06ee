namespace Concert.Maritime.Feeds;

/// <summary>Where a feed's positions come from.</summary>
public enum FeedKind
{
    /// <summary>An NMEA 0183 log file, plain or gzip, with or without NMEA 4.10 tag blocks.</summary>
    NmeaFile,

    /// <summary>NMEA sentences read as a TCP client (AIS-catcher, a national network), reconnecting with backoff.</summary>
    NmeaTcp,

    /// <summary>NMEA sentences received as UDP datagrams on a local port.</summary>
    NmeaUdp,

    /// <summary>A NOAA MarineCadastre position CSV file (MMSI,BaseDateTime,LAT,LON,…).</summary>
    MarineCadastreCsv,

    /// <summary>A Danish Maritime Authority position CSV file (# Timestamp,Type of mobile,MMSI,…).</summary>
    DanishMaritimeAuthorityCsv,
}
