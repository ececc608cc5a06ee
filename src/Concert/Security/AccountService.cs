using Concert.Data;
using Concert.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concert.Security;

/// <summary>Local accounts: creation, password checks with lockout, password changes. Every step is audited.</summary>
internal sealed class AccountService(
    ConcertDbContext db,
    IPasswordHasher<UserAccount> hasher,
    SharingPolicy policy,
    SharingAudit audit,
    TimeProvider time,
    IOptions<ConcertSignInOptions> options)
{
    /// <summary>The shortest password a user may choose.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Checks a password, counting failures and locking the account after too many.</summary>
    /// <param name="userName">The name given (case-insensitive).</param>
    /// <param name="password">The password given.</param>
    /// <param name="method">How the user signs in, for the audit entry ("password", "token").</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The outcome and, on success, the account.</returns>
    public async Task<(SignInOutcome Outcome, UserAccount? Account)> CheckPasswordAsync(
        string userName, string password, string method, CancellationToken cancellationToken)
    {
        string name = userName.Trim().ToLowerInvariant();
        UserAccount? account = await db.Users.SingleOrDefaultAsync(user => user.UserName == name, cancellationToken);
        if (account is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            hasher.HashPassword(new UserAccount { UserName = name, DisplayName = name, Nation = string.Empty, PasswordHash = string.Empty, SecurityStamp = string.Empty }, password);
            audit.SignIn(null, name, method, "unknown-user");
            return (SignInOutcome.UnknownUser, null);
        }

        Viewer viewer = account.ToViewer(policy.Registry);
        DateTimeOffset now = time.GetUtcNow();
        if (account.LockedOutUntil is { } until && until > now)
        {
            audit.SignIn(viewer.Actor, name, method, "locked-out");
            return (SignInOutcome.LockedOut, account);
        }

        PasswordVerificationResult verified = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            bool locks = account.FailedSignIns >= options.Value.LockoutThreshold;
            if (locks)
            {
                account.LockedOutUntil = now + options.Value.LockoutDuration;
                account.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.SignIn(viewer.Actor, name, method, locks ? "wrong-password-now-locked-out" : "wrong-password");
            return (SignInOutcome.WrongPassword, account);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedSignIns = 0;
        account.LockedOutUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        audit.SignIn(viewer.Actor, name, method, "success");
        return (SignInOutcome.Success, account);
    }

    /// <summary>Replaces a password after checking the current one; ends every other session (new stamp).</summary>
    /// <param name="account">The account.</param>
    /// <param name="currentPassword">The current password.</param>
    /// <param name="newPassword">The new password: at least <see cref="MinimumPasswordLength"/> characters, not the current one.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null on success, or the field name and message of the problem.</returns>
    public async Task<(string Field, string Message)?> ChangePasswordAsync(
        UserAccount account, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return ("currentPassword", "The current password is wrong.");
        }

        if (newPassword.Length < MinimumPasswordLength)
        {
            return ("newPassword", $"The new password must have at least {MinimumPasswordLength} characters.");
        }

        if (string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
        {
            return ("newPassword", "The new password must differ from the current one.");
        }

        account.PasswordHash = hasher.HashPassword(account, newPassword);
        account.MustChangePassword = false;
        account.SecurityStamp = PasswordGenerator.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        audit.AdminChange(account.ToViewer(policy.Registry).Actor, "change-password", $"user/{account.UserName}");
        return null;
    }

    /// <summary>Creates an account with a random password.</summary>
    /// <param name="seed">The account's attributes.</param>
    /// <param name="mustChangePassword">Whether the password must be replaced at first sign-in.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The one-time password, which is not stored anywhere.</returns>
    public async Task<string> CreateAsync(AccountSeed seed, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        string password = PasswordGenerator.Create();
        var account = new UserAccount
        {
            UserName = seed.UserName,
            DisplayName = seed.DisplayName,
            Nation = seed.Nation.Code,
            Clearance = seed.Clearance,
            Roles = [.. seed.Roles],
            Communities = [.. seed.Communities],
            Caveats = [.. seed.Caveats],
            MustChangePassword = mustChangePassword,
            PasswordHash = string.Empty,
            SecurityStamp = PasswordGenerator.NewSecurityStamp(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Users.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        audit.AdminChange(null, "create-account", $"user/{account.UserName}");
        return password;
    }
}
