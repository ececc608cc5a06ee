using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concert.Tests.Serve;

/// <summary>
/// An API that lists and reads labelled records, as the leak matrix drives it. Each later record type adds its
/// endpoint to <see cref="All"/> and a seeder to the matrix, and the matrix checks it for every user.
/// </summary>
/// <param name="Name">For test output.</param>
/// <param name="ListPath">The list endpoint; paged with before/limit and nextBefore.</param>
/// <param name="ReadPath">The read-by-id endpoint, "{0}" for the id.</param>
internal sealed record LabelledEndpoint(string Name, string ListPath, string ReadPath)
{
    public static IReadOnlyList<LabelledEndpoint> All { get; } =
    [
        new("bulletins", "/api/v1/bulletins", "/api/v1/bulletins/{0}"),
        new("pooling-pledges", "/api/v1/pooling/pledges", "/api/v1/pooling/pledges/{0}"),
        new("pooling-funds", "/api/v1/pooling/funds", "/api/v1/pooling/funds/{0}"),
        new("pooling-projects", "/api/v1/pooling/projects", "/api/v1/pooling/projects/{0}"),
        new("pooling-plans", "/api/v1/pooling/plans", "/api/v1/pooling/plans/{0}"),
        new("pooling-nations", "/api/v1/pooling/nations", "/api/v1/pooling/nations/{0}"),
    ];

    /// <summary>Every id the list returns, following nextBefore through all pages; asserts newest-first order.</summary>
    public async Task<List<long>> ListAllIdsAsync(HttpClient client, int pageSize)
    {
        var ids = new List<long>();
        long? before = null;
        do
        {
            string query = before is { } cursor ? $"?limit={pageSize}&before={cursor}" : $"?limit={pageSize}";
            HttpResponseMessage response = await client.GetAsync(ListPath + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            JsonElement page = await response.Content.ReadFromJsonAsync<JsonElement>();
            long[] pageIds = [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt64())];
            Assert.True(pageIds.Length <= pageSize);
            ids.AddRange(pageIds);
            before = page.GetProperty("nextBefore").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextBefore").GetInt64();
        }
        while (before is not null);

        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }

    /// <summary>The status of reading one record.</summary>
    public async Task<HttpStatusCode> ReadStatusAsync(HttpClient client, long id)
    {
        HttpResponseMessage response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadPath, id));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        }
        else
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }

        return response.StatusCode;
    }
}
