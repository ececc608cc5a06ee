namespace Concert.Tests.Storage;

/// <summary>
/// A fact that needs PostgreSQL (connection string in CONCERT_TEST_POSTGRES, see scripts/ensure-postgres.sh): skipped
/// with the reason when it is unset on a developer's machine, and run (to fail with a clear message) when CI=true.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CONCERT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set; run `source scripts/ensure-postgres.sh` first.";
        }
    }

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set but CI=true: test.sh must source scripts/ensure-postgres.sh before dotnet test.");
}
