using System.Text.Json.Serialization;

namespace Concert.Hosting;

/// <summary>Registers what every API shares: RFC 9457 problem details, JSON settings, the OpenAPI document.</summary>
internal static class ApiConventionsRegistration
{
    /// <summary>Adds the API conventions.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConcertApiConventions(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        return services;
    }
}
