namespace Easel.Pipeline.Layout;

/// <summary>What lies at a point of the picture.</summary>
public enum Surface { Sky, Ground, Water }
