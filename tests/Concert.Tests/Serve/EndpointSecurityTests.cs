using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>
/// Architecture rules over the host's real endpoint table: every endpoint names its authorization explicitly, and
/// every endpoint that is not explicitly anonymous answers a request without credentials with a 401 problem.
/// </summary>
public sealed class EndpointSecurityTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    // Besides health, sign-in and the web page: the API reference's own script files, which Scalar serves from its
    // assembly (no CDN) and which hold no data; the reference page and the OpenAPI document need sign-in.
    private static readonly string[] Anonymous =
    [
        "/health", "/api/v1/auth/login", "/api/v1/auth/token", "{*path:nonfile}",
        "/scalar/favicon.svg", "/scalar/scalar.aspnetcore.js", "/scalar/scalar.js",
    ];

    private readonly ConcertTestHost _host = fixture.Host;

    private List<RouteEndpoint> Endpoints() =>
        [.. _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    [Fact]
    public void Every_endpoint_has_an_explicit_authorization_policy_or_is_explicitly_anonymous()
    {
        List<RouteEndpoint> endpoints = Endpoints();
        Assert.True(endpoints.Count >= 12, $"only {endpoints.Count} endpoints found");
        string[] unmarked = [.. endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => data.Policy is not null || data.Roles is not null))
            .Select(endpoint => endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "?")];
        Assert.Empty(unmarked);
    }

    [Fact]
    public void Only_health_the_sign_in_endpoints_and_the_web_page_are_anonymous()
    {
        string[] anonymous = [.. Endpoints()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Distinct()
            .Order(StringComparer.Ordinal)];
        Assert.Equal(Anonymous.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public async Task Every_protected_endpoint_answers_401_problem_details_without_credentials()
    {
        using HttpClient client = _host.Anonymous();
        int checkedCount = 0;
        foreach (RouteEndpoint endpoint in Endpoints().Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            string path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                _ => "",
            }))));
            IEnumerable<string> methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (string method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                HttpResponseMessage response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {response.StatusCode}");
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} endpoints checked");
    }

    [Fact]
    public async Task Health_answers_without_sign_in()
    {
        using HttpClient client = _host.Anonymous();
        HttpResponseMessage response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
