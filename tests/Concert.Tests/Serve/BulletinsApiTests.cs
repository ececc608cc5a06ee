using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Sharing;
using Concert.Sharing.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concert.Tests.Serve;

/// <summary>Writing bulletins: labels as JSON fields or STANAG 4774 XML, and every refused label answered with a
/// 400 problem naming the field, audited, with nothing written.</summary>
public sealed class BulletinsApiTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ConcertTestHost _host = fixture.Host;

    private Task<int> BulletinCountAsync() => _host.WithDbAsync(db => db.Bulletins.CountAsync());

    private async Task<JsonElement> RefusedAsync(HttpClient client, object request, string field)
    {
        int before = await BulletinCountAsync();
        long mark = AuditEntries.Last(_host);
        JsonElement problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/bulletins", request), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out JsonElement messages), problem.ToString());
        Assert.Equal(before, await BulletinCountAsync());
        AuditEntry refusal = Assert.Single(AuditEntries.After(_host, mark));
        Assert.Equal(AuditEntryKind.Deny, refusal.Kind);
        Assert.Equal("create bulletin", refusal.Details["action"]);
        return messages;
    }

    [Fact]
    public async Task A_label_as_STANAG_4774_XML_is_stored_and_read_back_by_a_nation_it_is_released_to()
    {
        const string xml = """
            <slab:originatorConfidentialityLabel xmlns:slab="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0">
              <slab:ConfidentialityInformation>
                <slab:PolicyIdentifier>CONCERT</slab:PolicyIdentifier>
                <slab:Classification>CONFIDENTIAL</slab:Classification>
                <slab:Category Type="PERMISSIVE" TagName="Releasable to"><slab:GenericValue>NATO-IP4</slab:GenericValue></slab:Category>
              </slab:ConfidentialityInformation>
              <slab:CreationDateTime>2026-03-01T00:00:00Z</slab:CreationDateTime>
            </slab:originatorConfidentialityLabel>
            """;
        using HttpClient author = await _host.SignInWithTokenAsync("au.analyst");
        HttpResponseMessage created = await author.PostAsJsonAsync("/api/v1/bulletins", new { title = "IP4 meeting", body = "Agenda", labelXml = xml });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        JsonElement bulletin = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CONCERT CONFIDENTIAL REL NATO-IP4", bulletin.GetProperty("label").GetProperty("marking").GetString());
        Assert.Equal("au.analyst", bulletin.GetProperty("author").GetString());

        using HttpClient korean = await _host.SignInWithCookieAsync("kr.analyst");
        using HttpClient american = await _host.SignInWithCookieAsync("us.watch");
        Assert.Equal(HttpStatusCode.OK, (await korean.GetAsync(created.Headers.Location)).StatusCode);
        await ProblemAssert.IsProblemAsync(await american.GetAsync(created.Headers.Location), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_XML_is_a_400_naming_the_problem()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("jp.watch");
        JsonElement messages = await RefusedAsync(client, new { title = "t", body = "b", labelXml = "<slab:originatorConfidentialityLabel" }, "labelXml");
        Assert.Contains("not well-formed XML", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_without_a_classification_element_is_a_400_naming_the_element()
    {
        const string xml = """
            <slab:originatorConfidentialityLabel xmlns:slab="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0">
              <slab:ConfidentialityInformation><slab:PolicyIdentifier>CONCERT</slab:PolicyIdentifier></slab:ConfidentialityInformation>
              <slab:CreationDateTime>2026-03-01T00:00:00Z</slab:CreationDateTime>
            </slab:originatorConfidentialityLabel>
            """;
        using HttpClient client = await _host.SignInWithTokenAsync("jp.watch");
        JsonElement messages = await RefusedAsync(client, new { title = "t", body = "b", labelXml = xml }, "labelXml");
        Assert.Contains("Classification", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_trigraph_is_a_400_quoting_it()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("jp.watch");
        JsonElement messages = await RefusedAsync(
            client,
            new { title = "t", body = "b", label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToNations = new[] { "JPN", "XKX" } } },
            "label.releasableToNations");
        Assert.Equal("'XKX' is not an assigned ISO 3166-1 alpha-3 code.", messages[0].GetString());
    }

    [Fact]
    public async Task An_unknown_community_classification_or_policy_is_a_400()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("jp.watch");
        await RefusedAsync(client, new { title = "t", body = "b", label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToCommunities = new[] { "WARSAW-PACT" } } }, "label.releasableToCommunities");
        await RefusedAsync(client, new { title = "t", body = "b", label = new { policy = "CONCERT", classification = "HUSH", releasableToNations = new[] { "JPN" } } }, "label.classification");
        await RefusedAsync(client, new { title = "t", body = "b", label = new { policy = "MARTIAN", classification = "SECRET", releasableToNations = new[] { "JPN" } } }, "label.policy");
    }

    [Fact]
    public async Task An_author_cannot_write_under_a_label_they_could_not_read()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        JsonElement messages = await RefusedAsync(
            client, new { title = "t", body = "b", label = new { policy = "CONCERT", classification = "TOP SECRET", releasableToNations = new[] { "KOR" } } }, "label");
        Assert.Contains("clearance", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_or_neither_label_form_is_a_400()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        await RefusedAsync(client, new { title = "t", body = "b" }, "label");
    }

    [Fact]
    public async Task Missing_title_is_a_400_validation_problem()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        int before = await BulletinCountAsync();
        JsonElement problem = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/bulletins", new { body = "b", label = new { policy = "CONCERT", classification = "UNCLASSIFIED", releasableToNations = new[] { "KOR" } } }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _), problem.ToString());
        Assert.Equal(before, await BulletinCountAsync());
    }

    [Fact]
    public async Task An_observer_may_not_write()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("cn.observer");
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/bulletins", new { title = "t", body = "b", label = new { policy = "CONCERT", classification = "UNCLASSIFIED", releasableToNations = new[] { "CHN" } } }),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reading_a_withheld_bulletin_answers_404_like_a_missing_one_and_audits_the_deny()
    {
        // The exercise's Five Eyes summary: TOP SECRET REL FVEY, which the Chinese observer may not see.
        long withheld = await _host.WithDbAsync(db => db.Bulletins.Where(row => row.Title == "Five Eyes assessment summary").Select(row => row.Id).SingleAsync());
        using HttpClient observer = await _host.SignInWithTokenAsync("cn.observer");
        long mark = AuditEntries.Last(_host);
        JsonElement denied = await ProblemAssert.IsProblemAsync(await observer.GetAsync($"/api/v1/bulletins/{withheld}"), HttpStatusCode.NotFound);
        JsonElement missing = await ProblemAssert.IsProblemAsync(await observer.GetAsync("/api/v1/bulletins/999999"), HttpStatusCode.NotFound);
        Assert.Equal(denied.GetProperty("title").GetString(), missing.GetProperty("title").GetString());

        AuditEntry deny = Assert.Single(AuditEntries.After(_host, mark));
        Assert.Equal(AuditEntryKind.Deny, deny.Kind);
        Assert.Equal("cn.observer", deny.Actor!.UserId);
        Assert.Equal(nameof(ReleaseReason.ClearanceBelowClassification), deny.Details["reason"]);
        Assert.Equal($"bulletin/{withheld}", deny.Details["record"]);
        Assert.Contains("FVEY", deny.Label, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", deny.PolicyVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_a_400()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/bulletins?limit=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/bulletins?limit=201"), HttpStatusCode.BadRequest);
    }
}
