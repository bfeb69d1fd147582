namespace Easel.Web.Tests;

/// <summary>The page tests share one serve and one browser, and run one after another (the machine has few cores).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}
