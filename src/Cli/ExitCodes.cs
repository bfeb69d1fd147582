namespace Easel.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>Ctrl+C or SIGTERM, as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int Interrupted = 130;
}
