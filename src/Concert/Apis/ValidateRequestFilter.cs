using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Concert.Apis;

/// <summary>
/// Checks the data annotations of a request body before the handler runs and answers a 400 validation problem that
/// names each failing field (camelCase, as the JSON spells it).
/// </summary>
/// <typeparam name="TRequest">The request body type.</typeparam>
internal sealed class ValidateRequestFilter<TRequest> : IEndpointFilter
    where TRequest : class
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        TRequest? request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A request body is required");
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            Dictionary<string, string[]> errors = results
                .SelectMany(result => result.MemberNames.DefaultIfEmpty(string.Empty).Select(member => (Member: JsonNamingPolicy.CamelCase.ConvertName(member), result.ErrorMessage)))
                .GroupBy(error => error.Member)
                .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage ?? "Invalid.").ToArray());
            return TypedResults.ValidationProblem(errors);
        }

        return await next(context);
    }
}
