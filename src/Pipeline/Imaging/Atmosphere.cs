using Easel.Pipeline.Scene;
using B = Easel.Pipeline.Scene.BackgroundNames;

namespace Easel.Pipeline.Imaging;

/// <summary>
/// The light of a scene, read from its background elements: time of day, weather and the palette that follows.
/// The initial renderer paints the sky and land with it; the merger lights the foreground with the same numbers,
/// so a goose at sunset is lit as warmly as the meadow it stands on.
/// </summary>
public sealed record Atmosphere
{
    public required TimeOfDay Time { get; init; }
    public required bool Overcast { get; init; }
    public bool Rain { get; init; }
    public bool Snow { get; init; }
    public bool Fog { get; init; }
    public bool Lightning { get; init; }

    /// <summary>How much of the sky the clouds cover, 0..1.</summary>
    public required float CloudCover { get; init; }
    public bool DarkClouds { get; init; }

    public required Rgb SkyTop { get; init; }
    public required Rgb SkyMid { get; init; }
    public required Rgb SkyHorizon { get; init; }

    /// <summary>Multiplies the colours of land and water: the light falling on the scenery.</summary>
    public required Rgb Ambient { get; init; }
    public required Rgb SunColor { get; init; }
    public required Rgb FogColor { get; init; }

    public bool ShowSun { get; init; }
    public bool ShowMoon { get; init; }
    public bool ShowStars { get; init; }

    /// <summary>Sun (or moon) centre as fractions of width and height.</summary>
    public float LightX { get; init; }
    public float LightY { get; init; }

    /// <summary>Foreground sprites are multiplied by this (less than the land, so subjects stay readable).</summary>
    public required Rgb SpriteTint { get; init; }
    public required Rgb RimColor { get; init; }
    public float RimStrength { get; init; }
    public float ShadowStrength { get; init; }
    public float Desaturation { get; init; }

    /// <summary>-1 when the light comes from the left, +1 from the right.</summary>
    public float LightDirection => Math.Clamp((LightX - 0.5f) * 2.5f, -1, 1);

    public static Atmosphere For(SceneDescription scene, float horizonFraction)
    {
        bool Has(string name) => scene.Has(name);
        // What the text excludes ("without the moon", "no clouds", "remove the sun") is never painted, not even by default.
        bool Not(string name) => scene.Negated.Contains(name);
        var night = Has(B.Night) || ((Has(B.Moon) || Has(B.Star)) && !Has(B.Sunset) && !Has(B.Sunrise) && !Has(B.Sun));
        var time = Has(B.Sunset) ? TimeOfDay.Sunset : Has(B.Sunrise) ? TimeOfDay.Sunrise : night ? TimeOfDay.Night : TimeOfDay.Day;
        if (night && time != TimeOfDay.Night && Has(B.Night)) time = TimeOfDay.Night;
        var rain = Has(B.Rain);
        var storm = Has(B.Lightning);
        var dark = Has(B.DarkCloud) || storm;
        var overcast = rain || dark;
        var snow = Has(B.Snow);
        var fog = Has(B.Fog);

        var cover = Has(B.Cloud) ? 0.5f : 0.3f;
        if (time == TimeOfDay.Night && !Has(B.Cloud)) cover = 0.1f;
        if (snow) cover = Math.Max(cover, time == TimeOfDay.Night ? 0.25f : 0.55f);
        if (overcast) cover = 0.82f;
        if (Has(B.Sun) && !overcast && !Has(B.Cloud)) cover = Math.Min(cover, 0.2f);
        if (Not(B.Cloud)) cover = 0;

        Rgb top, mid, horizon, ambient, sun, sprite, rim;
        float rimStrength, shadow;
        switch (time)
        {
            case TimeOfDay.Sunset:
                top = new(0.16f, 0.16f, 0.42f); mid = new(0.78f, 0.38f, 0.40f); horizon = new(1.0f, 0.70f, 0.34f);
                ambient = new(1.0f, 0.70f, 0.52f); sun = new(1.0f, 0.78f, 0.42f);
                sprite = new(1.0f, 0.80f, 0.64f); rim = new(1.0f, 0.62f, 0.3f); rimStrength = 0.55f; shadow = 0.45f;
                break;
            case TimeOfDay.Sunrise:
                top = new(0.30f, 0.45f, 0.78f); mid = new(0.93f, 0.64f, 0.66f); horizon = new(1.0f, 0.86f, 0.62f);
                ambient = new(1.0f, 0.84f, 0.74f); sun = new(1.0f, 0.88f, 0.62f);
                sprite = new(1.0f, 0.9f, 0.82f); rim = new(1.0f, 0.78f, 0.55f); rimStrength = 0.4f; shadow = 0.4f;
                break;
            case TimeOfDay.Night:
                top = new(0.01f, 0.02f, 0.07f); mid = new(0.03f, 0.06f, 0.17f); horizon = new(0.10f, 0.15f, 0.32f);
                ambient = new(0.26f, 0.32f, 0.52f); sun = new(0.85f, 0.88f, 1.0f);
                sprite = new(0.46f, 0.52f, 0.72f); rim = new(0.7f, 0.8f, 1.0f); rimStrength = 0.3f; shadow = 0.3f;
                break;
            default:
                top = new(0.16f, 0.40f, 0.82f); mid = new(0.40f, 0.64f, 0.92f); horizon = new(0.76f, 0.88f, 0.97f);
                ambient = new(1.0f, 0.98f, 0.94f); sun = new(1.0f, 0.97f, 0.86f);
                sprite = new(1, 1, 1); rim = new(1.0f, 0.97f, 0.85f); rimStrength = 0.18f; shadow = 0.5f;
                break;
        }

        if (overcast)
        {
            // Heavy cloud: the sky loses its colour and the light goes flat and dim.
            var grey = time == TimeOfDay.Night ? new Rgb(0.05f, 0.055f, 0.08f) : new Rgb(0.45f, 0.48f, 0.53f);
            top = Rgb.Lerp(top, grey * 0.8f, 0.75f);
            mid = Rgb.Lerp(mid, grey, 0.7f);
            horizon = Rgb.Lerp(horizon, grey * 1.35f, 0.55f);
            ambient = Rgb.Lerp(ambient, new Rgb(0.62f, 0.65f, 0.70f) * (time == TimeOfDay.Night ? 0.35f : 1), 0.6f);
            sprite = Rgb.Lerp(sprite, new Rgb(0.78f, 0.8f, 0.85f), 0.6f);
            rimStrength *= 0.3f;
            shadow *= 0.55f;
            if (time == TimeOfDay.Sunset)
            {
                // A rainy evening is blue-grey with only a last warm trace at the horizon, not brown.
                top = new Rgb(0.14f, 0.15f, 0.21f);
                mid = new Rgb(0.3f, 0.31f, 0.38f);
                horizon = new Rgb(0.62f, 0.52f, 0.5f);
                ambient = new Rgb(0.5f, 0.52f, 0.6f);
                sprite = new Rgb(0.72f, 0.72f, 0.8f);
            }
        }
        else if (snow)
        {
            top = Rgb.Lerp(top, new Rgb(0.62f, 0.68f, 0.76f), 0.5f);
            mid = Rgb.Lerp(mid, new Rgb(0.74f, 0.78f, 0.84f), 0.5f);
            horizon = Rgb.Lerp(horizon, new Rgb(0.86f, 0.88f, 0.92f), 0.5f);
            ambient = Rgb.Lerp(ambient, new Rgb(0.9f, 0.93f, 1.0f), 0.3f);
        }

        // Indoors the night is outside the window: a lamp lights the room (Initial/IndoorPainter paints it lamp-warm), and
        // what is in the room is seen in that light, not in moonlight ("a teddy bear in the bedroom at night" was a
        // dark blue shape on a warm floor).
        if (time == TimeOfDay.Night && Text.SettingChooser.Default.IsIndoor(scene.Setting))
        {
            sprite = new Rgb(0.96f, 0.86f, 0.72f);
            rim = new Rgb(1.0f, 0.82f, 0.58f);
            rimStrength = 0.2f;
            shadow = 0.4f;
        }

        var fogColor = Rgb.Lerp(horizon, time == TimeOfDay.Night ? new Rgb(0.16f, 0.19f, 0.28f) : new Rgb(0.86f, 0.88f, 0.9f), 0.55f);
        if (fog)
        {
            shadow *= 0.6f;
            rimStrength *= 0.5f;
        }

        var showSun = !night && (Has(B.Sun) || time is TimeOfDay.Sunset or TimeOfDay.Sunrise || !overcast);
        if (overcast && !Has(B.Sun)) showSun = false;
        var lightX = time == TimeOfDay.Night ? 0.74f : time is TimeOfDay.Sunset or TimeOfDay.Sunrise ? 0.62f : 0.78f;
        var lightY = time is TimeOfDay.Sunset or TimeOfDay.Sunrise ? horizonFraction - 0.07f : 0.16f;
        if (time == TimeOfDay.Night) lightY = 0.17f;

        return new Atmosphere
        {
            Time = time,
            Overcast = overcast,
            Rain = rain,
            Snow = snow,
            Fog = fog,
            Lightning = storm,
            CloudCover = cover,
            DarkClouds = (dark || rain) && !Not(B.Cloud) && !Not(B.DarkCloud),
            SkyTop = top,
            SkyMid = mid,
            SkyHorizon = horizon,
            Ambient = ambient,
            SunColor = sun,
            FogColor = fogColor,
            ShowSun = showSun && !Not(B.Sun),
            ShowMoon = night && (Has(B.Moon) || !overcast) && !Not(B.Moon),
            ShowStars = (night || Has(B.Star)) && !overcast && !Not(B.Star),
            LightX = lightX,
            LightY = lightY,
            SpriteTint = sprite,
            RimColor = rim,
            RimStrength = rimStrength,
            ShadowStrength = shadow,
            Desaturation = rain ? 0.28f : overcast ? 0.15f : 0,
        };
    }
}
