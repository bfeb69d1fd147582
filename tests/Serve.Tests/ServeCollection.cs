namespace Easel.Serve.Tests;

/// <summary>Every test that needs Azurite shares one (and one serve): starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ServeCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "serve";
}
