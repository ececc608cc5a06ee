using System.ComponentModel.DataAnnotations;

namespace Concert.Apis.Contracts;

/// <summary>A user name and password.</summary>
/// <param name="Username">The sign-in name.</param>
/// <param name="Password">The password.</param>
internal sealed record LoginRequest([property: Required, StringLength(64)] string Username, [property: Required, StringLength(256)] string Password);
