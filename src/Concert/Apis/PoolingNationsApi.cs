using Concert.Apis.Contracts;
using Concert.Data.Pooling;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/nations</c>: the nations' defence spending and GNI with their sources — the reference
/// dataset's figures, editable, which the GNI cost-share key reads.</summary>
internal static class PoolingNationsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingNations(this RouteGroupBuilder pooling) =>
        new LabelledRecordEndpoints<StoredNationFigures, PoolingNationRequest, PoolingNationResponse>
        {
            Path = "nations",
            Kind = "nation-figures",
            Noun = "nation's figures",
            NounIsPlural = true,
            Table = db => db.PoolingNations,
            NewRow = () => new StoredNationFigures
            {
                Nation = string.Empty, DefenceSpendingSource = string.Empty, GniSource = string.Empty, Author = string.Empty,
            },
            Apply = PoolingFiguresInput.Nation,
            Respond = PoolingResponses.Nation,
            Summaries = (
                "The nations' figures released to the user, newest first; page with 'before'.",
                "One nation's figures; 404 when they do not exist or are not released to the user.",
                "Records a nation's defence spending and GNI with their sources.",
                "Corrects a nation's figures released to the user, their label included."),
        }.Map(pooling, PoolingApi.Path);
}
