using System.Net;
using Concert.Security;

namespace Concert.Tests.Serve;

/// <summary>
/// For every user, every labelled endpoint and two dates either side of membership changes: the API returns exactly
/// the records an independent <c>ReleaseDecider</c> permits, in lists and in reads by id, with cookies and with tokens.
/// </summary>
public sealed class LeakMatrixTests(LeakMatrixFixture fixture) : IClassFixture<LeakMatrixFixture>
{
    private readonly List<(long Id, Sharing.ConfidentialityLabel Label)> _rows = fixture.Before.Rows;

    public static TheoryData<string, bool> Users()
    {
        var data = new TheoryData<string, bool>();
        foreach (AccountSeed user in LeakMatrix.Users)
        {
            data.Add(user.UserName, false);
            data.Add(user.UserName, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_user_sees_exactly_what_the_decider_permits_before_and_after_membership_changes(string userName, bool after)
    {
        AccountSeed user = LeakMatrix.Users.Single(seed => seed.UserName == userName);
        LeakMatrixHost matrix = after ? fixture.After : fixture.Before;
        ConcertTestHost host = matrix.Host;
        DateTimeOffset at = host.Time.GetUtcNow();
        using HttpClient cookie = await host.SignInWithCookieAsync(userName);
        using HttpClient bearer = await host.SignInWithTokenAsync(userName);
        foreach (LabelledEndpoint endpoint in LabelledEndpoint.All)
        {
            List<(long Id, Sharing.ConfidentialityLabel Label)> rows = matrix.RowsByEndpoint[endpoint.Name];
            SortedSet<long> expected = LeakMatrix.Expected(user, rows, at);
            foreach (HttpClient client in new[] { cookie, bearer })
            {
                Assert.Equal(expected, new SortedSet<long>(await endpoint.ListAllIdsAsync(client, pageSize: 37)));
            }

            foreach ((long id, _) in rows)
            {
                // Reads alternate between the two kinds of sign-in, so each is checked on every endpoint without doubling the requests.
                HttpStatusCode status = await endpoint.ReadStatusAsync(id % 2 == 0 ? cookie : bearer, id);
                Assert.True(
                    (status == HttpStatusCode.OK) == expected.Contains(id),
                    $"{userName} at {at:yyyy-MM-dd} read {endpoint.Name} {id}: {status}, expected {(expected.Contains(id) ? "200" : "404")}");
            }
        }
    }

    [Fact]
    public void The_matrix_is_not_trivial_and_depends_on_dated_membership()
    {
        AccountSeed swede = LeakMatrix.Users.Single(user => user.UserName == "se.analyst");
        AccountSeed timorese = LeakMatrix.Users.Single(user => user.UserName == "tl.officer");
        Assert.True(LeakMatrix.Expected(swede, _rows, LeakMatrix.Before).IsProperSubsetOf(LeakMatrix.Expected(swede, _rows, LeakMatrix.After)));
        Assert.True(LeakMatrix.Expected(timorese, _rows, LeakMatrix.Before).IsProperSubsetOf(LeakMatrix.Expected(timorese, _rows, LeakMatrix.After)));
        foreach (AccountSeed user in LeakMatrix.Users)
        {
            int seen = LeakMatrix.Expected(user, _rows, LeakMatrix.After).Count;
            Assert.InRange(seen, 1, _rows.Count - 1);
        }
    }
}
