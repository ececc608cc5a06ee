using Concert.Pooling.Dataset;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Pooling.Tests;

/// <summary>The built-in reference dataset and the JSON form of datasets.</summary>
public sealed class DatasetTests
{
    [Fact]
    public void Reference_dataset_marks_its_figures_and_names_their_sources()
    {
        PoolingDataset dataset = PoolingDataset.LoadReference();

        Assert.Contains("illustrative", dataset.Notice, StringComparison.Ordinal);
        Assert.Contains("verify", dataset.Notice, StringComparison.Ordinal);
        Assert.All(dataset.Nations, figures =>
        {
            Assert.StartsWith("SIPRI", figures.DefenceSpendingSource, StringComparison.Ordinal);
            Assert.StartsWith("World Bank", figures.GrossNationalIncomeSource, StringComparison.Ordinal);
            Assert.EndsWith("(illustrative, verify)", figures.GrossNationalIncomeSource, StringComparison.Ordinal);
        });
        Assert.Equal(dataset.Problem.Nations.Order(), dataset.Nations.Select(figures => figures.Nation).Order());
        Assert.Contains(dataset.Problem.Projects, project => project.Id == "MALSING");
        Assert.Contains(dataset.Problem.Projects, project => project.Id == "ADEN");
    }

    [Fact]
    public void Saved_dataset_loads_back_the_same()
    {
        PoolingDataset dataset = PoolingDataset.LoadReference();
        using var stream = new MemoryStream();

        dataset.Save(stream);
        stream.Position = 0;
        PoolingDataset again = PoolingDataset.Load(stream);

        Assert.Equal(dataset.Notice, again.Notice);
        Assert.Equal<Concert.Pooling.Dataset.NationFigures>(dataset.Nations, again.Nations);
        Assert.Equal(dataset.Problem.Pledges.Select(pledge => pledge.InterchangeKey), again.Problem.Pledges.Select(pledge => pledge.InterchangeKey));
        Assert.Equal(dataset.Problem.Pledges.Select(pledge => pledge.Label), again.Problem.Pledges.Select(pledge => pledge.Label));
        Assert.Equal(dataset.Problem.Projects.SelectMany(project => project.Requirements), again.Problem.Projects.SelectMany(project => project.Requirements), RequirementComparer.Instance);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "horizonWeeks": 4, "areas": [], "pledges": [ { "id": "X", "nation": "XXX", "firstWeek": 1, "lastWeek": 2 } ], "projects": [] }""")]
    [InlineData("""{ "horizonWeeks": 4, "areas": [ { "id": "A", "name": "A" } ], "projects": [] }""")]
    public void Bad_dataset_is_rejected_with_a_reason(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidDataException>(() => PoolingDataset.Load(stream));
        Assert.StartsWith("Invalid pooling dataset: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_plan_is_labelled_with_its_most_restrictive_pledge()
    {
        PoolingPlan plan = PoolingPlanner.Plan(PoolingDataset.LoadReference().Problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(3), RelativeGapTolerance = 0.01 });

        bool usesRestricted = plan.Assignments.Any(assignment => assignment.Nation.Code == "USA");
        Assert.Equal(usesRestricted ? Classification.Restricted : Classification.Unclassified, plan.Label.Classification);
        Assert.Equal("CONCERT", plan.Label.PolicyIdentifier);
    }

    private sealed class RequirementComparer : IEqualityComparer<Concert.Pooling.Model.Requirement>
    {
        public static readonly RequirementComparer Instance = new();

        public bool Equals(Concert.Pooling.Model.Requirement? x, Concert.Pooling.Model.Requirement? y) =>
            x is not null && y is not null && x.Describe() == y.Describe() && x.Kind == y.Kind;

        public int GetHashCode(Concert.Pooling.Model.Requirement obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
