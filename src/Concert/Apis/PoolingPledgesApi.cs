using Concert.Apis.Contracts;
using Concert.Data.Pooling;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/pledges</c>: the ships and aircraft nations offer the pool.</summary>
internal static class PoolingPledgesApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingPledges(this RouteGroupBuilder pooling) =>
        new LabelledRecordEndpoints<StoredPledge, PoolingPledgeRequest, PoolingPledgeResponse>
        {
            Path = "pledges",
            Kind = "pledge",
            Noun = "pledge",
            Table = db => db.PoolingPledges,
            NewRow = () => new StoredPledge
            {
                Code = string.Empty, Nation = string.Empty, AssetType = string.Empty, HomePort = string.Empty,
                TransitDaysJson = "{}", ExcludedAreasJson = "[]", Author = string.Empty,
            },
            Apply = PoolingInput.Pledge,
            Respond = PoolingResponses.Pledge,
            Summaries = (
                "The asset pledges released to the user, newest first; page with 'before'.",
                "One pledge; 404 when it does not exist or is not released to the user.",
                "Records an asset pledge; the label (CONCERT policy) comes as JSON fields or as STANAG 4774 XML.",
                "Changes a pledge released to the user, its label included."),
        }.Map(pooling, PoolingApi.Path);
}
