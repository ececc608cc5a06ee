namespace Concert.Maritime.Tests;

public sealed class MaritimeAssemblyTests
{
    [Fact]
    public void The_module_names_itself_as_its_assembly() =>
        Assert.Equal(MaritimeAssembly.Name, typeof(MaritimeAssembly).Assembly.GetName().Name);
}
