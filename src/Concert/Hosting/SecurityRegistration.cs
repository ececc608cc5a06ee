using System.Security.Claims;
using System.Threading.RateLimiting;
using Concert.Apis;
using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Audit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace Concert.Hosting;

/// <summary>Registers sign-in (cookie for browsers, JWT bearer for programs), authorization policies, the sign-in
/// rate limiter, the sharing policy and the audit log.</summary>
internal static class SecurityRegistration
{
    private const string SelectingScheme = "concert";

    /// <summary>Adds Concert's security services.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The host options.</param>
    /// <param name="signIn">The sign-in options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConcertSecurity(this IServiceCollection services, ConcertOptions options, ConcertSignInOptions signIn)
    {
        services.AddSingleton(new SharingPolicy(CommunityRegistry.Default, [.. SharingPolicy.DefaultPolicies]));
        services.AddSingleton(provider => AuditLog.Open(options.AuditLogPath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SharingAudit>();
        services.AddSingleton(SigningKeyFile.LoadOrCreate(options.FullDataDirectory));
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddScoped<AccountService>();
        services.AddScoped<ViewerAccessor>();
        services.AddScoped<LabelledReleases>();
        services.AddHttpContextAccessor();
        services.AddAntiforgery(antiforgery => antiforgery.HeaderName = AntiforgeryHeader.Name);

        services.AddAuthentication(SelectingScheme)
            .AddPolicyScheme(SelectingScheme, "Cookie or bearer token", scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || HubAccessToken(context.Request) is not null
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "concert.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                cookie.ExpireTimeSpan = signIn.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var db = context.HttpContext.RequestServices.GetRequiredService<ConcertDbContext>();
                    if (context.Principal is null || !await SessionValidator.IsCurrentAsync(context.Principal, db, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                    }
                };
            })
            .AddJwtBearer(bearer => bearer.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSocket and server-sent-event requests: SignalR clients send the
                // token as a query parameter there, accepted on the hubs only (a URL can end up in logs).
                OnMessageReceived = context =>
                {
                    context.Token ??= HubAccessToken(context.Request);
                    return Task.CompletedTask;
                },
                OnTokenValidated = async context =>
                {
                    var db = context.HttpContext.RequestServices.GetRequiredService<ConcertDbContext>();
                    CancellationToken cancel = context.HttpContext.RequestAborted;
                    if (signIn.Authority is not null)
                    {
                        ClaimsIdentity? local = await SessionValidator.LocalIdentityAsync(context.Principal!, db, cancel);
                        if (local is null)
                        {
                            context.Fail("The token's user has no Concert account.");
                            return;
                        }

                        context.Principal = new ClaimsPrincipal(local);
                    }
                    else if (!await SessionValidator.IsCurrentAsync(context.Principal!, db, cancel))
                    {
                        context.Fail("The token's account has changed since it was issued.");
                    }
                },
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer>((bearer, issuer) =>
            {
                bearer.MapInboundClaims = false;
                if (signIn.Authority is { } authority)
                {
                    bearer.Authority = authority;
                    bearer.Audience = signIn.Audience;
                }
                else
                {
                    bearer.TokenValidationParameters = issuer.ValidationParameters();
                }
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(ReaderPolicy().Build())
            .AddPolicy(ConcertPolicies.Reader, ReaderPolicy().Build())
            .AddPolicy(ConcertPolicies.Writer, ReaderPolicy().RequireRole(ConcertRoles.Writers).Build())
            .AddPolicy(ConcertPolicies.Planner, ReaderPolicy().RequireRole(ConcertRoles.Planner).Build())
            .AddPolicy(ConcertPolicies.Administrator, ReaderPolicy().RequireRole(ConcertRoles.Administrator).Build())
            .AddPolicy(ConcertPolicies.SignedIn, policy => policy.RequireAuthenticatedUser());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ConcertPolicies.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signIn.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancel) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many sign-in attempts",
                        Detail = $"At most {signIn.PermitsPerMinute} sign-in requests a minute are accepted from one address; wait and try again.",
                    },
                });
            };
        });
        return services;
    }

    // The access_token query parameter of a request to a SignalR hub, or null.
    private static string? HubAccessToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase) && request.Query["access_token"].ToString() is { Length: > 0 } token
            ? token
            : null;

    private static AuthorizationPolicyBuilder ReaderPolicy() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => !context.User.HasClaim(claim => claim.Type == ConcertClaims.MustChangePassword));

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
