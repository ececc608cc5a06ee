using System.ComponentModel.DataAnnotations;

namespace Concert.Apis.Contracts;

/// <summary>A password change.</summary>
/// <param name="CurrentPassword">The password in use.</param>
/// <param name="NewPassword">The new password.</param>
internal sealed record ChangePasswordRequest([property: Required] string CurrentPassword, [property: Required, StringLength(256)] string NewPassword);
