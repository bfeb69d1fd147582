using System.Text.RegularExpressions;

namespace Easel.Cli;

/// <summary>Command-line parse errors in words a user reads: no .NET type names ("System.Nullable`1[System.Double]").</summary>
public static partial class ParseMessages
{
    public static string Plain(string message) => ExpectedType().Replace(message, match => "as " + Describe(match.Groups[1].Value));

    private static string Describe(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "the expected kind of value",
    };

    [GeneratedRegex(@"as expected type '([^']*)'")]
    private static partial Regex ExpectedType();
}
