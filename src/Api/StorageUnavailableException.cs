namespace Easel.Api;

/// <summary>Thrown by a host that knows its storage is down (serve's Azurite watch) so requests fail fast with 503.</summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
