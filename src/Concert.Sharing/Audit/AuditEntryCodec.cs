using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Concert.Sharing.Audit;

/// <summary>
/// The audit log's byte formats: the canonical JSON of an entry, its hash, and the line that stores both.
/// </summary>
/// <remarks>
/// <para>Canonical entry: one JSON object, no white space, keys in ordinal order — <c>actor</c>, <c>details</c>,
/// <c>kind</c>, <c>label</c>, <c>policyVersion</c>, <c>previousHash</c>, <c>sequence</c>, <c>time</c>; actor keys
/// <c>caveats</c>, <c>clearance</c>, <c>communities</c>, <c>nation</c>, <c>user</c>; details keys in ordinal order.
/// Time is UTC with exactly seven fraction digits ("2026-11-27T12:00:00.0000000Z"), clearance the marking
/// ("TOP SECRET"), kind the word of <see cref="AuditEntryKind"/>, absent actor and label <c>null</c>. Strings are
/// escaped by System.Text.Json's default encoder, which makes the line pure ASCII.</para>
/// <para>Line: <c>{"entry":</c>canonical<c>,"hash":"</c>64 hex digits<c>"}</c> and a line feed. The hash covers the
/// canonical bytes exactly as stored, so verifying never re-serializes and does not depend on the encoder of the
/// .NET version that reads the log.</para>
/// </remarks>
internal static class AuditEntryCodec
{
    public const int HashHexLength = 64;

    private static readonly byte[] LinePrefix = "{\"entry\":"u8.ToArray();
    private static readonly byte[] HashPrefix = ",\"hash\":\""u8.ToArray();
    private static readonly byte[] LineSuffix = "\"}"u8.ToArray();

    /// <summary>Bytes a line adds around the canonical entry, line feed excluded.</summary>
    private static int FrameLength => LinePrefix.Length + HashPrefix.Length + HashHexLength + LineSuffix.Length;

    public static byte[] WriteCanonical(
        long sequence,
        DateTimeOffset time,
        AuditEntryKind kind,
        AuditActor? actor,
        string? label,
        string policyVersion,
        ImmutableSortedDictionary<string, string> details,
        string previousHash)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("actor");
            if (actor is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                WriteArray(json, "caveats", actor.Caveats);
                json.WriteString("clearance", actor.Clearance.ToMarking());
                WriteArray(json, "communities", actor.Communities);
                json.WriteString("nation", actor.Nation.Code);
                json.WriteString("user", actor.UserId);
                json.WriteEndObject();
            }

            json.WriteStartObject("details");
            foreach ((string key, string value) in details)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteString("kind", Word(kind));
            json.WriteString("label", label);
            json.WriteString("policyVersion", policyVersion);
            json.WriteString("previousHash", previousHash);
            json.WriteNumber("sequence", sequence);
            json.WriteString("time", FormatTime(time));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>SHA-256 over the previous hash's 32 bytes and the canonical entry, as lower-case hex.</summary>
    public static string ComputeHash(string previousHash, ReadOnlySpan<byte> canonical)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(previousHash));
        sha.AppendData(canonical);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The stored line for an entry, line feed included.</summary>
    public static byte[] FrameLine(ReadOnlySpan<byte> canonical, string hash)
    {
        var line = new byte[FrameLength + canonical.Length + 1];
        var span = line.AsSpan();
        LinePrefix.CopyTo(span);
        canonical.CopyTo(span[LinePrefix.Length..]);
        int at = LinePrefix.Length + canonical.Length;
        HashPrefix.CopyTo(span[at..]);
        at += HashPrefix.Length;
        Encoding.ASCII.GetBytes(hash, span[at..]);
        at += HashHexLength;
        LineSuffix.CopyTo(span[at..]);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>Splits a stored line (without its line feed) into the canonical entry and the stored hash.</summary>
    /// <returns>Null when the line has the right frame; otherwise what is wrong with it.</returns>
    public static string? Unframe(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> canonical, out string hash)
    {
        canonical = default;
        hash = string.Empty;
        if (line.Length <= FrameLength || !line.StartsWith(LinePrefix) || !line.EndsWith(LineSuffix))
        {
            return "the line is not {\"entry\":…,\"hash\":\"…\"}";
        }

        int hashStart = line.Length - LineSuffix.Length - HashHexLength;
        if (!line[..hashStart].EndsWith(HashPrefix))
        {
            return "the line is not {\"entry\":…,\"hash\":\"…\"}";
        }

        ReadOnlySpan<byte> hex = line.Slice(hashStart, HashHexLength);
        foreach (byte digit in hex)
        {
            if (!char.IsAsciiHexDigitLower((char)digit) && !char.IsAsciiDigit((char)digit))
            {
                return "the stored hash is not 64 lower-case hexadecimal digits";
            }
        }

        hash = Encoding.ASCII.GetString(hex);
        canonical = line[LinePrefix.Length..(hashStart - HashPrefix.Length)];
        return null;
    }

    /// <summary>Reads a canonical entry.</summary>
    /// <exception cref="FormatException">The bytes are not a canonical entry; the message says what is wrong.</exception>
    public static AuditEntry Parse(ReadOnlySpan<byte> canonical, string hash)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(canonical.ToArray());
            JsonElement root = document.RootElement;
            ExpectKeys(root, "actor", "details", "kind", "label", "policyVersion", "previousHash", "sequence", "time");
            JsonElement actorElement = root.GetProperty("actor");
            AuditActor? actor = actorElement.ValueKind == JsonValueKind.Null ? null : ParseActor(actorElement);
            JsonElement detailsElement = root.GetProperty("details");
            ImmutableSortedDictionary<string, string> details = detailsElement.EnumerateObject()
                .ToImmutableSortedDictionary(property => property.Name, property => property.Value.GetString()!, StringComparer.Ordinal);
            return new AuditEntry(
                root.GetProperty("sequence").GetInt64(),
                ParseTime(root.GetProperty("time").GetString()),
                ParseKind(root.GetProperty("kind").GetString()),
                actor,
                root.GetProperty("label").GetString(),
                root.GetProperty("policyVersion").GetString() ?? throw new FormatException("policyVersion is null"),
                details,
                root.GetProperty("previousHash").GetString() ?? throw new FormatException("previousHash is null"),
                hash);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException($"the entry is not canonical audit JSON: {error.Message}", error);
        }
    }

    public static string Word(AuditEntryKind kind) => kind switch
    {
        AuditEntryKind.Permit => "permit",
        AuditEntryKind.Deny => "deny",
        AuditEntryKind.SignIn => "sign-in",
        AuditEntryKind.Export => "export",
        AuditEntryKind.AdminChange => "admin-change",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an audit entry kind."),
    };

    private static AuditEntryKind ParseKind(string? word) => word switch
    {
        "permit" => AuditEntryKind.Permit,
        "deny" => AuditEntryKind.Deny,
        "sign-in" => AuditEntryKind.SignIn,
        "export" => AuditEntryKind.Export,
        "admin-change" => AuditEntryKind.AdminChange,
        _ => throw new FormatException($"'{word}' is not an audit entry kind"),
    };

    private static AuditActor ParseActor(JsonElement actor)
    {
        ExpectKeys(actor, "caveats", "clearance", "communities", "nation", "user");
        string? code = actor.GetProperty("nation").GetString();
        Trigraph nation = default;
        if (!string.IsNullOrEmpty(code) && !Trigraph.TryParse(code, out nation))
        {
            throw new FormatException(Trigraph.DescribeRejection(code));
        }

        string? marking = actor.GetProperty("clearance").GetString();
        return ClassificationMarkings.TryParse(marking, out Classification clearance)
            ? new AuditActor(
                actor.GetProperty("user").GetString()!,
                nation,
                clearance,
                actor.GetProperty("communities").EnumerateArray().Select(value => value.GetString()!),
                actor.GetProperty("caveats").EnumerateArray().Select(value => value.GetString()!))
            : throw new FormatException($"'{marking}' is not a clearance");
    }

    private static void ExpectKeys(JsonElement element, params string[] keys)
    {
        string[] found = [.. element.EnumerateObject().Select(property => property.Name)];
        if (!found.SequenceEqual(keys, StringComparer.Ordinal))
        {
            throw new FormatException($"keys are [{string.Join(',', found)}], expected [{string.Join(',', keys)}]");
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string? text) =>
        DateTimeOffset.ParseExact(
            text ?? throw new FormatException("time is null"),
            "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
