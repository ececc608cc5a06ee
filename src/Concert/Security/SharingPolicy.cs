using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;

namespace Concert.Security;

/// <summary>
/// The sharing rules this server applies: the community data, the policies it interprets, the decider built from
/// them, and a version that names this exact combination in every audit entry.
/// </summary>
internal sealed class SharingPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="registry">Dated community membership.</param>
    /// <param name="knownPolicies">Policy identifiers whose labels are interpreted.</param>
    public SharingPolicy(CommunityRegistry registry, IReadOnlyCollection<string> knownPolicies)
    {
        Registry = registry;
        Decider = new ReleaseDecider(registry, knownPolicies);
        LabelReader = new Stanag4774LabelReader(registry);
        Version = ComputeVersion(registry, knownPolicies);
    }

    /// <summary>The policies Concert writes and reads by default: NATO's and the framework's own.</summary>
    public static IReadOnlyList<string> DefaultPolicies { get; } = ["NATO", "CONCERT"];

    /// <summary>Dated community membership.</summary>
    public CommunityRegistry Registry { get; }

    /// <summary>The release decision.</summary>
    public ReleaseDecider Decider { get; }

    /// <summary>Reads STANAG 4774 XML against <see cref="Registry"/>.</summary>
    public Stanag4774LabelReader LabelReader { get; }

    /// <summary>"sha256:" and 16 hex digits of a digest of the known policies and every membership period: changes
    /// whenever what a decision could depend on changes.</summary>
    public string Version { get; }

    private static string ComputeVersion(CommunityRegistry registry, IReadOnlyCollection<string> knownPolicies)
    {
        var text = new StringBuilder();
        foreach (string policy in knownPolicies.Order(StringComparer.Ordinal))
        {
            text.Append("policy ").Append(policy).Append('\n');
        }

        foreach (CommunityDefinition definition in registry.Definitions)
        {
            foreach (CommunityMembership membership in definition.Memberships)
            {
                text.Append(CultureInfo.InvariantCulture, $"{definition.Community.Identifier} {membership.Nation} {membership.From:yyyy-MM-dd} {membership.Until:yyyy-MM-dd}\n");
            }
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
