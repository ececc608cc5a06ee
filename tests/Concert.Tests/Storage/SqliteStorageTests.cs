namespace Concert.Tests.Storage;

/// <summary>The storage scenarios on SQLite, the default provider.</summary>
public sealed class SqliteStorageTests
{
    private static async Task RunAsync(Func<TestDatabase, Task> scenario)
    {
        await using TestDatabase database = await TestDatabase.SqliteAsync();
        await scenario(database);
    }

    [Fact]
    public Task Migrations_build_the_model_with_nothing_pending() => RunAsync(StorageScenarios.Migrations_build_the_model_with_nothing_pending);

    [Fact]
    public Task Equal_labels_share_one_row_and_different_labels_do_not() => RunAsync(StorageScenarios.Equal_labels_share_one_row_and_different_labels_do_not);

    [Fact]
    public Task ReleasableTo_filters_in_the_query() => RunAsync(StorageScenarios.ReleasableTo_filters_in_the_query);

    [Fact]
    public Task Accounts_keep_their_sharing_attributes_and_names_are_unique() => RunAsync(StorageScenarios.Accounts_keep_their_sharing_attributes_and_names_are_unique);

    [Fact]
    public Task A_label_row_cannot_be_removed_while_a_record_uses_it() => RunAsync(StorageScenarios.A_label_row_cannot_be_removed_while_a_record_uses_it);

    [Fact]
    public Task The_release_filter_decides_over_stored_labels_and_sees_new_ones() => RunAsync(StorageScenarios.The_release_filter_decides_over_stored_labels_and_sees_new_ones);
}
