using System.Text;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Ais.Reading;
using Concert.Ais.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace Concert.Ais.Tests;

/// <summary>
/// The whole codec against live gpsd: random valid messages of every type 1–27 are encoded to sentences with
/// <see cref="AisSentenceEncoder"/>, then decoded twice, by Concert (<see cref="AisLineDecoder"/> into
/// <see cref="GpsdMessageWriter"/>) and by one <c>gpsdecode</c> process reading them all on standard input, and the two
/// outputs are compared line by line, unscaled (<c>-u</c>) and scaled. Every difference fails the test: none of Concert's
/// deliberate differences from gpsd (docs/ARCHITECTURE.md) can arise here, because the sentences are well formed, carry no
/// tag block and arrive in order. gpsdecode runs with <c>-s</c>, which prints type 24 parts as Concert's writer does.
/// </summary>
public sealed class GpsdLiveOracleTests
{
    // Fixed, so that a failure names the same messages on every run and machine.
    private const ulong Seed = 0x0C0AC3E27;
    private const int MessagesPerFamily = 12_000;
    private const int GeneratorSize = 100;

    private static readonly Lazy<Corpus> Messages = new(Generate);

    [Fact]
    public void The_generated_messages_cover_every_type()
    {
        Corpus corpus = Messages.Value;
        Assert.True(corpus.Messages.Length >= 20_000, $"{corpus.Messages.Length} messages");
        int[] types = [.. corpus.Messages.Select(m => m.MessageType).Distinct().Order()];
        Assert.Equal(Enumerable.Range(1, 27), types);
        // Every type is drawn often enough for its fields to take varied values.
        Assert.All(corpus.Messages.CountBy(m => m.MessageType), pair => Assert.True(pair.Value >= 100, $"type {pair.Key}: {pair.Value}"));
    }

    [Fact]
    public void Unscaled_output_matches_gpsdecode_u() => AssertSameAsGpsdecode(scaled: false);

    [Fact]
    public void Scaled_output_matches_gpsdecode() => AssertSameAsGpsdecode(scaled: true);

    private static void AssertSameAsGpsdecode(bool scaled)
    {
        Assert.True(GpsdecodeRunner.IsInstalled,
            "gpsdecode is not installed: run ./test.sh at the repository root, which installs gpsd-clients.");
        Corpus corpus = Messages.Value;
        string[] ours = DecodeWithConcert(corpus.Sentences, scaled);
        IReadOnlyList<string> gpsd = GpsdecodeRunner.Run(scaled ? "-j -s" : "-u -j -s", corpus.Sentences);

        // Every generated message is valid, so both decoders must print every one of them.
        Assert.Equal(corpus.Messages.Length, ours.Length);
        Assert.Equal(corpus.Messages.Length, gpsd.Count);

        var differences = new List<(int Type, string Text)>();
        for (int i = 0; i < ours.Length; i++)
        {
            if (ours[i] != gpsd[i])
            {
                IAisMessage message = corpus.Messages[i];
                differences.Add((message.MessageType, $"message {i} ({message}):\n  gpsd:    {gpsd[i]}\n  concert: {ours[i]}"));
            }
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {ours.Length} lines differ from gpsdecode{(scaled ? "" : " -u")}; the first of each type:\n"
            + string.Join('\n', differences.DistinctBy(difference => difference.Type).Select(difference => difference.Text)));
    }

    /// <summary>Concert's side: every sentence through one line decoder into the gpsd message writer.</summary>
    private static string[] DecodeWithConcert(IReadOnlyList<string> sentences, bool scaled)
    {
        var decoder = new AisLineDecoder();
        var writer = new GpsdMessageWriter(new GpsdJsonWriter(scaled));
        foreach (string sentence in sentences)
        {
            decoder.Decode(Encoding.ASCII.GetBytes(sentence), ref writer);
        }
        return Encoding.UTF8.GetString(writer.Json.Written).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static Corpus Generate()
    {
        IAisMessage[] messages =
        [
            .. VesselMessageGenerators.AnyVesselMessage().Sample(MessagesPerFamily, new Rnd(Seed), GeneratorSize),
            .. DataMessageGenerators.AnyDataMessage().Sample(MessagesPerFamily, new Rnd(Seed + 1), GeneratorSize),
        ];
        var encoder = new AisSentenceEncoder();
        return new Corpus(messages, [.. messages.SelectMany(encoder.Encode)]);
    }

    private sealed record Corpus(IAisMessage[] Messages, string[] Sentences);
}
