using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Concert.Security;

/// <summary>The key that signs Concert's tokens: 256 random bits made on first start and kept in the data folder.</summary>
internal static class SigningKeyFile
{
    /// <summary>The key file's name in the data folder.</summary>
    public const string FileName = "token-signing.key";

    /// <summary>Reads the key, creating it (readable by the owner only) when missing.</summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <returns>The HMAC-SHA256 key.</returns>
    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            byte[] fresh = RandomNumberGenerator.GetBytes(32);
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new FileStream(path, create);
                file.Write(Convert.ToBase64String(fresh).Select(character => (byte)character).ToArray());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs, read below.
            }
        }

        byte[] key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length == 32
            ? new SymmetricSecurityKey(key)
            : throw new InvalidOperationException($"The token signing key {path} is not 32 bytes of base64; delete it to make a new one.");
    }
}
