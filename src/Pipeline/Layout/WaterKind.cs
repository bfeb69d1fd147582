namespace Easel.Pipeline.Layout;

public enum WaterKind { None, Sea, Lake, Pond, River }
