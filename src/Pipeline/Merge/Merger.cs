using Easel.Pipeline.Imaging;
using Easel.Pipeline.Layout;
using Easel.Pipeline.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Merge;

/// <summary>
/// Places the foreground images onto the background where the layout says, far to near: a soft contact shadow
/// under whatever stands or floats (cast away from the light), a reflection in the water under boats and
/// swimmers, then the sprite itself lit like the scene (tinted by its light, a rim of light on the side facing
/// the sun, desaturated in rain, hazed in fog by distance).
/// </summary>
public sealed class Merger
{
    /// <param name="foregrounds">Element name -> its image (any size; scaled to each placement).</param>
    /// <param name="mattes">When given, receives each drawn sprite's alpha matte (for the sketch's outlines).</param>
    public Image<Rgba32> Merge(Image<Rgba32> background, SceneLayout layout, IReadOnlyDictionary<string, Image<Rgba32>> foregrounds, SceneDescription scene,
        ElementMattes? mattes = null)
    {
        var canvas = RgbPlanes.FromImage(background);
        var terrain = Terrain.For(scene, layout.Width, layout.Height, layout.HorizonY);
        var atmosphere = Atmosphere.For(scene, layout.HorizonY / (float)Math.Max(1, layout.Height));
        foreach (var p in PaintOrder(layout.Placements, foregrounds.ContainsKey))
        {
            var image = foregrounds[p.Element];
            var sprite = SpriteBitmap.From(image, p.Width, p.Height, p.Mirrored);
            var profile = ElementProfiles.For(p.Element);
            var contact = profile.ContactY(p);
            // The layout's habitat for this copy: in the air no shadow, in the water a waterline and a reflection.
            var habitat = p.Habitat ?? profile.Habitat;
            if (habitat != Habitat.Sky) Shadow(canvas, sprite, p, contact, atmosphere, habitat == Habitat.Water);
            if (habitat == Habitat.Water) Reflection(canvas, sprite, p, contact, terrain, atmosphere);
            Composite(canvas, sprite, p, contact, terrain, atmosphere, habitat);
            mattes?.Add(sprite, p);
        }
        return canvas.ToImage();
    }

    /// <summary>The placements that are drawn (their element has an image), far to near: the order of the mattes' labels.</summary>
    public static IEnumerable<Placement> PaintOrder(IEnumerable<Placement> placements, Func<string, bool> drawn) =>
        placements.Where(p => drawn(p.Element)).OrderBy(p => p.Depth).ThenBy(p => p.Element, StringComparer.Ordinal).ThenBy(p => p.Index);

    private static void Shadow(RgbPlanes canvas, SpriteBitmap sprite, Placement p, float contact, Atmosphere a, bool water)
    {
        // The footprint: the visible pixels' extent over the lowest rows of the sprite.
        var (left, top, right, bottom) = sprite.OpaqueBounds();
        var band = Math.Max(2, (bottom - top) / 6);
        int footLeft = sprite.Width, footRight = -1;
        for (var y = Math.Max(0, bottom - band); y <= bottom; y++)
            for (var x = left; x <= right; x++)
            {
                if (sprite.Alpha(x, y) <= 0.4f) continue;
                footLeft = Math.Min(footLeft, x);
                footRight = Math.Max(footRight, x);
            }
        if (footRight < 0) { footLeft = left; footRight = right; }
        var width = Math.Max(right - left, 1);
        var rx = Math.Max((footRight - footLeft) * 0.6f, width * 0.38f);
        var ry = Math.Max(2, rx * 0.16f);
        var cx = p.X + (footLeft + footRight) / 2f - a.LightDirection * rx * 0.35f;
        var cy = (water ? contact : p.Y + bottom) + ry * 0.2f;
        var strength = a.ShadowStrength * (water ? 0.45f : 1f);
        for (var y = (int)(cy - ry * 2); y <= (int)(cy + ry * 2); y++)
            for (var x = (int)(cx - rx * 1.6f); x <= (int)(cx + rx * 1.6f); x++)
            {
                if ((uint)x >= (uint)canvas.Width || (uint)y >= (uint)canvas.Height) continue;
                var dx = (x - cx) / rx;
                var dy = (y - cy) / ry;
                var r = MathF.Sqrt(dx * dx + dy * dy);
                var k = strength * (1 - ColorMath.SmoothStep(0.2f, 1.45f, r));
                if (k <= 0) continue;
                var c = canvas.Get(x, y);
                canvas.Set(x, y, c * (1 - k));
            }
    }

    private static void Reflection(RgbPlanes canvas, SpriteBitmap sprite, Placement p, float contact, Terrain terrain, Atmosphere a)
    {
        var waterline = (int)contact;
        for (var sy = 0; sy < sprite.Height; sy++)
        {
            var srcY = p.Y + sy;
            if (srcY >= waterline) break;
            var y = 2 * waterline - srcY;
            if ((uint)y >= (uint)canvas.Height) continue;
            var distance = (waterline - srcY) / (float)Math.Max(1, sprite.Height);
            var fade = 0.42f * (1 - ColorMath.SmoothStep(0, 0.9f, distance));
            var wobble = MathF.Sin(y * 0.45f) * Math.Max(1, sprite.Width / 120f);
            for (var sx = 0; sx < sprite.Width; sx++)
            {
                var x = p.X + sx + (int)wobble;
                if ((uint)x >= (uint)canvas.Width || terrain.At(x, y) != Surface.Water) continue;
                var alpha = sprite.Alpha(sx, sy) * fade;
                if (alpha <= 0) continue;
                var col = sprite.Color(sx, sy) * a.SpriteTint * 0.75f;
                canvas.Blend(x, y, col, alpha);
            }
        }
    }

    private static void Composite(RgbPlanes canvas, SpriteBitmap sprite, Placement p, float contact, Terrain terrain, Atmosphere a, Habitat habitat)
    {
        var fog = a.Fog ? FogAt(terrain, contact, habitat) : 0;
        // Rim light: visible pixels whose neighbours toward the light are transparent, a thin soft line.
        var reach = Math.Max(1, sprite.Width / 160);
        var rimX = a.LightDirection >= 0 ? reach : -reach;
        var rimY = a.Time is TimeOfDay.Sunset or TimeOfDay.Sunrise ? 0 : -reach;
        for (var sy = 0; sy < sprite.Height; sy++)
        {
            var y = p.Y + sy;
            if ((uint)y >= (uint)canvas.Height) continue;
            var underwater = habitat == Habitat.Water ? ColorMath.SmoothStep(contact, contact + sprite.Height * 0.1f, y) : 0;
            for (var sx = 0; sx < sprite.Width; sx++)
            {
                var x = p.X + sx;
                if ((uint)x >= (uint)canvas.Width) continue;
                var alpha = sprite.Alpha(sx, sy);
                if (alpha <= 0) continue;
                var col = sprite.Color(sx, sy) * a.SpriteTint;
                if (a.Desaturation > 0) col = col.Desaturate(a.Desaturation);
                if (a.RimStrength > 0)
                {
                    var open = 1 - 0.5f * (sprite.Alpha(sx + rimX, sy + rimY) + sprite.Alpha(sx + 2 * rimX, sy + 2 * rimY));
                    col += a.RimColor * (open * a.RimStrength * 0.45f);
                }
                if (fog > 0) col = Rgb.Lerp(col, a.FogColor, fog);
                if (underwater > 0)
                {
                    // Below the water line the hull fades into the water.
                    col = Rgb.Lerp(col, canvas.Get(x, y), 0.6f * underwater);
                    alpha *= 1 - 0.7f * underwater;
                }
                canvas.Blend(x, y, col, alpha);
            }
        }
    }

    /// <summary>Fog between the viewer and the element: more the further (higher) it stands; fliers sit in the mid distance.</summary>
    private static float FogAt(Terrain terrain, float contact, Habitat habitat)
    {
        if (habitat == Habitat.Sky) return 0.22f;
        var d = terrain.Depth(contact);
        return 0.55f * MathF.Pow(1 - d, 1.5f) + 0.06f;
    }
}
