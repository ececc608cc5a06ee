using Concert.Apis.Contracts;
using Concert.Data.Pooling;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/funds</c>: money nations put into common projects.</summary>
internal static class PoolingFundsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingFunds(this RouteGroupBuilder pooling) =>
        new LabelledRecordEndpoints<StoredFundsPledge, PoolingFundsRequest, PoolingFundsResponse>
        {
            Path = "funds",
            Kind = "funds",
            Noun = "funds pledge",
            Table = db => db.PoolingFunds,
            NewRow = () => new StoredFundsPledge { Nation = string.Empty, ProjectCode = string.Empty, Author = string.Empty },
            Apply = PoolingFiguresInput.Funds,
            Respond = PoolingResponses.Funds,
            Summaries = (
                "The funds pledges released to the user, newest first; page with 'before'.",
                "One funds pledge; 404 when it does not exist or is not released to the user.",
                "Records money a nation puts into a project.",
                "Changes a funds pledge released to the user, its label included."),
        }.Map(pooling, PoolingApi.Path);
}
