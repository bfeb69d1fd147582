namespace Easel.Pipeline.Layout;

/// <summary>Where an element belongs in a picture: standing on the ground, sitting on the water, or in the sky.</summary>
public enum Habitat { Ground, Water, Sky }
