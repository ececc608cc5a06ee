namespace Concert.Hosting;

/// <summary>Where Concert keeps its data and how it starts (configuration section "Concert").</summary>
internal sealed class ConcertOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert";

    /// <summary>The data folder: SQLite database, audit log, token signing key. Relative paths are resolved against
    /// the working directory.</summary>
    public string DataDirectory { get; set; } = "concert-data";

    /// <summary>A PostgreSQL connection string; when set, records live there instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The nation of the first administrator account (ISO 3166-1 alpha-3).</summary>
    public string AdministratorNation { get; set; } = "GBR";

    /// <summary>Seeds demo users of several nations and labelled demo records.</summary>
    public bool Exercise { get; set; }

    /// <summary>How many times faster than real time the exercise traffic runs (with <see cref="Exercise"/>).</summary>
    public double ExerciseSpeed { get; set; } = 1;

    /// <summary>How many simulated stations transmit in the exercise; 0 runs the exercise without traffic.</summary>
    public int ExerciseVessels { get; set; } = 2000;

    /// <summary>The seed of the exercise traffic: the same seed gives the same fleet and voyages.</summary>
    public ulong ExerciseSeed { get; set; } = 20260302;

    /// <summary>
    /// Live AIS feeds run into the archive and the live picture for the life of the host ("Concert:Feeds:0:Name" …, the
    /// <see cref="Maritime.Feeds.FeedOptions"/> fields, each with its label as <c>LabelXml</c>), besides the exercise traffic.
    /// </summary>
    public List<Maritime.Feeds.FeedOptions> Feeds { get; set; } = [];

    /// <summary>The data folder as a full path.</summary>
    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    /// <summary>The audit log file in the data folder.</summary>
    public string AuditLogPath => Path.Combine(FullDataDirectory, AuditLogFileName);

    /// <summary>The maritime position archive (DuckDB) in the data folder.</summary>
    public string ArchivePath => Path.Combine(FullDataDirectory, "maritime.duckdb");

    /// <summary>The audit log's file name.</summary>
    public const string AuditLogFileName = "audit.jsonl";
}
