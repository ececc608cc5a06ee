using Concert.Apis.Contracts;
using Concert.Data.Pooling;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/projects</c>: common projects and what they need, area by area and week by week.</summary>
internal static class PoolingProjectsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingProjects(this RouteGroupBuilder pooling) =>
        new LabelledRecordEndpoints<StoredPoolingProject, PoolingProjectRequest, PoolingProjectResponse>
        {
            Path = "projects",
            Kind = "project",
            Noun = "project",
            Table = db => db.PoolingProjects,
            NewRow = () => new StoredPoolingProject
            {
                Code = string.Empty, Name = string.Empty, AreasJson = "[]", RequirementsJson = "[]", BudgetCapsJson = "{}", Author = string.Empty,
            },
            Apply = PoolingInput.Project,
            Respond = PoolingResponses.Project,
            Summaries = (
                "The projects released to the user, newest first; page with 'before'.",
                "One project; 404 when it does not exist or is not released to the user.",
                "Records a project with its areas, requirements, rotation rule and budget caps.",
                "Changes a project released to the user, its label included."),
        }.Map(pooling, PoolingApi.Path);
}
