namespace Concert.Maritime.Tests;

public sealed class MaritimeAssemblyTests
{
    [Fact]
    public void The_module_names_itself_as_its_assembly() =>
        Assert.Equal(typeof(MaritimeAssembly).Assembly.GetName().Name, MaritimeAssembly.Name);
}
