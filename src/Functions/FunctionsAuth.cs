namespace Easel.Functions;

/// <param name="Mode"><c>Easel:Auth</c>: "EasyAuth" when App Service / Container Apps authentication (Entra ID) fronts the
/// app, so its principal headers can be trusted; anything else identifies callers by their function key.</param>
public sealed record FunctionsAuth(string? Mode);
