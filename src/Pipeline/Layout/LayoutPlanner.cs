using Easel.Pipeline.Scene;

namespace Easel.Pipeline.Layout;

/// <summary>Places every foreground element in the picture.</summary>
public sealed class LayoutPlanner
{
    /// <param name="previous">The previous revision's layout: elements that are still there keep their places.</param>
    public SceneLayout Plan(SceneDescription scene, int width, int height, int seed, SceneLayout? previous = null)
    {
        // Placeholder until the layout stage lands: a row of sprites on the horizon.
        var horizon = height * 3 / 5;
        var placements = new List<Placement>();
        var copies = scene.Foreground.SelectMany(e => Enumerable.Range(0, e.Count).Select(i => (e.Name, i))).ToList();
        var size = width / Math.Max(3, copies.Count + 1);
        for (var k = 0; k < copies.Count; k++)
        {
            var x = (k + 1) * width / (copies.Count + 1) - size / 2;
            placements.Add(new Placement(copies[k].Name, copies[k].i, x, horizon - size / 2, size, size, false, k));
        }
        return new SceneLayout(width, height, horizon, placements);
    }
}
