namespace Easel.Pipeline.Imaging;

/// <summary>
/// A smooth field evaluated on a coarse grid and read back with bilinear interpolation: fractal noise that varies
/// slowly (cloud density, fog banks, meadow patches) costs a fraction of evaluating it at every pixel.
/// </summary>
public sealed class NoiseGrid
{
    private readonly float[] values;
    private readonly int columns;
    private readonly int rows;
    private readonly int stepX;
    private readonly int stepY;
    private readonly int top;

    /// <param name="top">First image row the grid covers.</param>
    /// <param name="field">The field at an image pixel (x, y); called once per grid point, in parallel.</param>
    public NoiseGrid(int width, int top, int bottom, int stepX, int stepY, Func<int, int, float> field)
    {
        this.stepX = Math.Max(1, stepX);
        this.stepY = Math.Max(1, stepY);
        this.top = top;
        columns = width / this.stepX + 2;
        rows = Math.Max(0, bottom - top) / this.stepY + 2;
        values = new float[columns * rows];
        var sx = this.stepX;
        var sy = this.stepY;
        Parallel.For(0, rows, r =>
        {
            for (var c = 0; c < columns; c++) values[r * columns + c] = field(c * sx, top + r * sy);
        });
    }

    public float this[int x, int y]
    {
        get
        {
            var fx = (float)x / stepX;
            var fy = (float)(y - top) / stepY;
            var c = Math.Clamp((int)fx, 0, columns - 2);
            var r = Math.Clamp((int)fy, 0, rows - 2);
            var tx = Math.Clamp(fx - c, 0, 1);
            var ty = Math.Clamp(fy - r, 0, 1);
            var i = r * columns + c;
            var a = values[i] + (values[i + 1] - values[i]) * tx;
            var b = values[i + columns] + (values[i + columns + 1] - values[i + columns]) * tx;
            return a + (b - a) * ty;
        }
    }
}
