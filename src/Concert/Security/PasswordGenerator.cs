using System.Security.Cryptography;

namespace Concert.Security;

/// <summary>Random one-time passwords for accounts Concert creates itself.</summary>
internal static class PasswordGenerator
{
    // No look-alike characters (0/O, 1/l/I), since these are read off a console and typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new password of 20 characters (about 116 bits).</summary>
    /// <returns>The password.</returns>
    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>A new security stamp.</summary>
    /// <returns>32 hex digits.</returns>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
