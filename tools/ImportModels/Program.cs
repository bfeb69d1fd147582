using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

// Copies the MicroAST model (with its licence and README) and the public-domain style references (with their
// provenance README) from the shared models folder into the repository's models/, and writes models/models.json.
// usage: ImportModels <shared models folder> <repository root>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ImportModels <shared models folder> <repository root>");
    return 2;
}
var shared = Path.GetFullPath(args[0]);
var models = Directory.CreateDirectory(Path.Combine(Path.GetFullPath(args[1]), "models")).FullName;

// The model trained on 256x256 crops of images resized to 512x512 (its README), so a reference of about 512 px on its
// long side carries the brush scale the model learned; larger files only cost download and decode time.
const int ReferenceMaxSide = 512;

// One reference per style, chosen by looking at side-by-side sheets (docs/stylizers.md); the other references stay
// in models/styles/ so the choice can be revisited without re-importing.
var styleReferences = new (string Style, string File)[]
{
    ("impressionism", "impressionism-van-gogh-starry-night.jpg"),
    ("pointillism", "pointillism-seurat-grande-jatte.jpg"),
    ("ukiyo-e", "ukiyo-e-hokusai-great-wave.jpg"),
    ("romanticism", "romanticism-turner-shipwreck-minotaur.jpg"),
    ("realism", "realism-millet-gleaners.jpg"),
    ("chinese-ink", "chinese-ink-huang-gongwang-fuchun-mountains.jpg"),
};

var microast = Directory.CreateDirectory(Path.Combine(models, "microast")).FullName;
foreach (var name in new[] { "microast.onnx", "LICENSE", "README.md" })
    File.Copy(Path.Combine(shared, "microast", name), Path.Combine(microast, name), overwrite: true);

var styles = Directory.CreateDirectory(Path.Combine(models, "styles")).FullName;
File.Copy(Path.Combine(shared, "styles", "README.md"), Path.Combine(styles, "README.md"), overwrite: true);
foreach (var source in Directory.GetFiles(Path.Combine(shared, "styles"), "*.jpg").Order(StringComparer.Ordinal))
{
    var target = Path.Combine(styles, Path.GetFileName(source));
    using var image = Image.Load<Rgb24>(source);
    if (Math.Max(image.Width, image.Height) <= ReferenceMaxSide)
    {
        File.Copy(source, target, overwrite: true); // already small: keep the bytes the README describes
        continue;
    }
    image.Mutate(c => c.Resize(new ResizeOptions { Size = new Size(ReferenceMaxSide), Mode = ResizeMode.Max, Sampler = KnownResamplers.Lanczos3 }));
    image.Metadata.ExifProfile = null;
    image.SaveAsJpeg(target, new JpegEncoder { Quality = 90 });
}

string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
string Relative(string path) => Path.GetRelativePath(models, path).Replace('\\', '/');

var onnx = Path.Combine(microast, "microast.onnx");
var styleMap = new JsonObject();
foreach (var (style, file) in styleReferences)
{
    var path = Path.Combine(styles, file);
    styleMap[style] = new JsonObject { ["file"] = Relative(path), ["sha256"] = Sha256(path) };
}

var manifest = new JsonObject
{
    ["version"] = 1,
    ["slots"] = new JsonObject
    {
        ["stylize"] = new JsonObject
        {
            ["model"] = "microast",
            ["file"] = Relative(onnx),
            ["sha256"] = Sha256(onnx),
            ["licence"] = "microast/LICENSE",
            ["inputs"] = new JsonArray("content", "style"),
            ["outputs"] = new JsonArray("stylized"),
            // Tensor layout and value range of every input and output (the model's README).
            ["preprocess"] = new JsonObject
            {
                ["layout"] = "NCHW",
                ["channels"] = "RGB",
                ["scale"] = 1.0 / 255.0,
                ["mean"] = new JsonArray(0.0, 0.0, 0.0),
                ["std"] = new JsonArray(1.0, 1.0, 1.0),
                ["sizeMultiple"] = 4,
                ["contentMaxSide"] = 512,
                ["styleMaxSide"] = ReferenceMaxSide,
            },
            ["postprocess"] = new JsonObject { ["range"] = new JsonArray(0.0, 1.0), ["scale"] = 255.0 },
            ["styles"] = styleMap,
        },
        // Reserved: the stage keeps its built-in default until a model is named here.
        ["inpaint"] = null,
        ["sketch"] = null,
        ["foreground"] = null,
    },
};
File.WriteAllText(Path.Combine(models, "models.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

var total = Directory.GetFiles(models, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"models/: {total / 1024} KiB");
return 0;
