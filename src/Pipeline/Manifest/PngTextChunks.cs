using System.Buffers.Binary;
using System.Text;
using Easel.Pipeline.Artifacts;

namespace Easel.Pipeline.Manifest;

/// <summary>
/// Reads and writes PNG text chunks on encoded PNG bytes, without decoding the pixels: tEXt (Latin-1, what most
/// PNG-info readers look at first) and iTXt (UTF-8, so Chinese survives). Writing replaces any chunk with the same
/// keyword, so embedding twice (an activity that runs again) gives the same file.
/// </summary>
public static class PngTextChunks
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>The PNG with the given keyword -> text entries (placed after IHDR); each is written as tEXt when
    /// its text is Latin-1, else as uncompressed iTXt.</summary>
    public static byte[] Embed(ReadOnlySpan<byte> png, IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        var chunks = Chunks(png);
        var keywords = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        using var output = new MemoryStream(png.Length + entries.Sum(e => e.Value.Length * 3 + 64));
        output.Write(Signature);
        foreach (var chunk in chunks)
        {
            if (chunk.Type is "tEXt" or "iTXt" && keywords.Contains(KeywordOf(png.Slice(chunk.DataStart, chunk.Length)))) continue;
            output.Write(png.Slice(chunk.Start, chunk.Length + 12));
            if (chunk.Type == "IHDR")
                foreach (var (keyword, text) in entries) WriteTextChunk(output, keyword, text);
        }
        return output.ToArray();
    }

    /// <summary>Every tEXt and iTXt entry of the PNG, in file order (compressed iTXt entries are skipped).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PNG.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(ReadOnlySpan<byte> png)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var chunk in Chunks(png))
        {
            var data = png.Slice(chunk.DataStart, chunk.Length);
            var zero = data.IndexOf((byte)0);
            if (zero <= 0) continue;
            var keyword = Latin1.GetString(data[..zero]);
            if (chunk.Type == "tEXt")
            {
                entries.Add(new(keyword, Latin1.GetString(data[(zero + 1)..])));
            }
            else if (chunk.Type == "iTXt" && data.Length > zero + 2 && data[zero + 1] == 0)
            {
                // keyword 0 compression-flag compression-method language-tag 0 translated-keyword 0 text
                var rest = data[(zero + 3)..];
                var language = rest.IndexOf((byte)0);
                if (language < 0) continue;
                rest = rest[(language + 1)..];
                var translated = rest.IndexOf((byte)0);
                if (translated < 0) continue;
                entries.Add(new(keyword, Encoding.UTF8.GetString(rest[(translated + 1)..])));
            }
        }
        return entries;
    }

    private static string KeywordOf(ReadOnlySpan<byte> data)
    {
        var zero = data.IndexOf((byte)0);
        return zero <= 0 ? "" : Latin1.GetString(data[..zero]);
    }

    private static void WriteTextChunk(Stream output, string keyword, string text)
    {
        var latin = text.All(c => c <= '\u00ff' && c != '\0');
        var body = new MemoryStream();
        body.Write(Latin1.GetBytes(keyword));
        body.WriteByte(0);
        if (!latin)
        {
            body.Write([0, 0, 0, 0]); // not compressed, method 0, empty language tag, empty translated keyword
        }
        body.Write(latin ? Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text));
        PngWriter.WriteChunk(output, latin ? "tEXt" : "iTXt", body.ToArray());
    }

    private readonly record struct Chunk(string Type, int Start, int Length)
    {
        public int DataStart => Start + 8;
    }

    private static List<Chunk> Chunks(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
            throw new InvalidDataException("Not a PNG file.");
        var chunks = new List<Chunk>();
        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (length > (uint)(png.Length - at - 12)) throw new InvalidDataException("Truncated PNG chunk.");
            var type = Encoding.ASCII.GetString(png.Slice(at + 4, 4));
            chunks.Add(new Chunk(type, at, (int)length));
            at += (int)length + 12;
            if (type == "IEND") break;
        }
        if (chunks.Count == 0 || chunks[0].Type != "IHDR") throw new InvalidDataException("PNG without IHDR.");
        return chunks;
    }
}
