using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Concert.Security;

/// <summary>
/// Requires a valid antiforgery token on state-changing requests that a browser authenticates with the session cookie.
/// Bearer-token requests need none: a browser never attaches those by itself.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        bool bearer = http.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Antiforgery token missing or invalid",
                    detail: $"Send the token from GET /api/v1/auth/antiforgery in the {AntiforgeryHeader.Name} header.");
            }
        }

        return await next(context);
    }
}
