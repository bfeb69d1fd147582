namespace Easel.Pipeline.Initial;

/// <summary>What the land below the horizon is made of.</summary>
public enum GroundMaterial { Grass, Field, Garden, Snow, Desert, City, Sand }
