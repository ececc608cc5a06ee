using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concert.Health;

/// <summary>Writes a health report as JSON for administrators: the overall status, and each check's status, reason and data.</summary>
internal static class HealthDetailsWriter
{
    /// <summary>Writes <paramref name="report"/> to the response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="report">The report.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMilliseconds", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach ((string name, HealthReportEntry entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description ?? entry.Exception?.Message);
            json.WriteStartObject("data");
            foreach ((string key, object value) in entry.Data)
            {
                json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
