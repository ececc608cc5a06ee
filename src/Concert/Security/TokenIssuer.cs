using System.Security.Claims;
using Concert.Data;
using Concert.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace Concert.Security;

/// <summary>Issues and describes the validation of Concert's own signed JWTs for programs.</summary>
internal sealed class TokenIssuer(SymmetricSecurityKey key, TimeProvider time, IOptions<ConcertSignInOptions> options)
{
    /// <summary>The issuer written into and required of tokens.</summary>
    public const string Issuer = "concert";

    /// <summary>A token for <paramref name="account"/>, valid from now for the configured lifetime.</summary>
    /// <param name="account">The signed-in account.</param>
    /// <returns>The compact JWT and its expiry.</returns>
    public (string Token, DateTimeOffset Expires) Issue(UserAccount account)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset expires = now + options.Value.TokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(SessionClaims.For(account)),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }

    /// <summary>How tokens are checked: this key, issuer and audience, and lifetime against the server's clock (so
    /// tests with fake time see tokens expire).</summary>
    /// <returns>The validation parameters.</returns>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = ClaimTypes.Name,
        RoleClaimType = ClaimTypes.Role,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            DateTime now = time.GetUtcNow().UtcDateTime;
            return expires is { } end && now < end && (notBefore is not { } start || start <= now);
        },
    };
}
