using System.Globalization;
using System.Net.Sockets;
using System.Text;
using CsCheck;

namespace Easel.Serve.Tests;

/// <summary>
/// Generated malformed requests on the wire against a real serve (CsCheck): wrong or odd media types, bodies that are
/// not UTF-8 or not JSON, JSON strings with lone surrogates, NUL and invisible characters, broken and oversized chunked
/// bodies, odd ids; and a body that stops arriving. Whatever arrives, the answer is never a 5xx, and every error is problem+json.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class HttpFuzzTests(AzuriteFixture fixture)
{
    // No "%00": Kestrel refuses an encoded NUL in the path itself, before any middleware, with an empty 400 (its own
    // protocol-level rejections cannot carry a body; docs/reliability.md).
    private static readonly string[] Ids =
        ["0123456789abcdef0123456789abcdef", "x", new string('a', 101), new string('b', 7000), "a%2Fb", "%F0%9F%A6%86", "a.b", "%ED%A0%80", "%20"];

    private static readonly string?[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/problem+json", "text/plain", null,
        "application/json; charset=iso-8859-1", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ";;;", "application/json; charset=",
    ];

    private static readonly string[] Pieces =
    [
        "\\ud800", "\\udfff", "\\u0000", "\\u200b", "\\ufeff", "a goose", "鹅", "\\\"", "\\\\", "\\n", "🦆", "\\uD83E\\uDD86", "\\uD83E", "\\u001f", "\\u00ff",
    ];

    private static readonly Gen<string> JsonString =
        Gen.OneOfConst(Pieces).Array[0, 6].Select(parts => "\"" + string.Concat(parts) + "\"");

    // A prompt made of the pieces with a control character spliced in: never a valid start (a prompt of the pieces alone,
    // "鹅" or "a goose", is one, and the fuzz must not start paintings).
    private static readonly Gen<string> BadPrompt = Gen.Select(Gen.OneOfConst(Pieces).Array[0, 5], Gen.OneOfConst("\\u0000", "\\u001f", "\\n"), Gen.Int[0, 5],
        (parts, bad, at) => "\"" + string.Concat(parts.Take(at).Append(bad).Concat(parts.Skip(at))) + "\"");

    private static readonly Gen<byte[]> JsonBody = Gen.OneOf(
        BadPrompt.Select(s => $"{{\"prompt\": {s}}}"),
        JsonString.Select(s => $"{{\"text\": {s}}}"),
        Gen.Select(JsonString, JsonString, (a, b) => $"{{\"prompt\": \"a goose\", \"style\": {a}, {b}: 1}}"),
        JsonString.Select(s => $"[{s}]"),
        // A width below the smallest side: never a valid start (any int once let "width": 103 through, a real start).
        Gen.Int[int.MinValue, Easel.Pipeline.Orchestration.PaintRequestValidator.MinSide - 1].Select(n => $"{{\"prompt\": \"x\", \"seed\": {n}{n}{n}, \"width\": {n}}}"),
        Gen.Const("{\"prompt\": \"a goose\"")).Select(text => Encoding.UTF8.GetBytes(text));

    private static readonly Gen<byte[]> Body = Gen.OneOf(
        JsonBody,
        Gen.Byte.Array[0, 200],
        // Valid JSON with a broken UTF-8 sequence spliced in.
        Gen.Select(JsonBody, Gen.OneOfConst<byte[]>([0xC3, 0x28], [0xED, 0xA0, 0x80], [0xFF], [0xF0, 0x9F], [0xC0, 0xAF]), Gen.Int[0, 12],
            (json, bad, at) => json.Take(Math.Min(at, json.Length)).Concat(bad).Concat(json.Skip(Math.Min(at, json.Length))).ToArray()));

    private enum Framing { Exact, Chunked, BadChunkSize, HugeChunked, LengthTooLarge }

    private sealed record Malformed(string Method, string Path, string? ContentType, byte[] Body, Framing Framing)
    {
        public override string ToString() =>
            $"{Method} {Path} [{ContentType ?? "no type"}] {Framing} {Encoding.UTF8.GetString(Body[..Math.Min(80, Body.Length)])}";
    }

    private static readonly Gen<(string, string)> Route = Gen.OneOf(
        Gen.Const(("POST", "/api/generations")),
        Gen.OneOfConst(Ids).Select(id => ("POST", $"/api/generations/{id}/revisions")),
        Gen.OneOfConst(Ids).Select(id => ("GET", $"/api/generations/{id}")),
        Gen.Select(Gen.OneOfConst(Ids), Gen.OneOfConst("Revision", "Finish", "a.b", "x%0A"), (id, name) => ("POST", $"/runtime/webhooks/durabletask/instances/{id}/raiseEvent/{name}")),
        Gen.OneOfConst(Ids).Select(id => ("POST", $"/runtime/webhooks/durabletask/instances/{id}/terminate?reason=%ED%A0%80")),
        Gen.OneOfConst(Ids).Select(id => ("DELETE", $"/runtime/webhooks/durabletask/instances/{id}")));

    private static readonly Gen<Malformed> Requests =
        Gen.Select(Route, Gen.OneOfConst(ContentTypes), Body, Gen.Enum<Framing>(),
            (route, type, body, framing) => new Malformed(route.Item1, route.Item2, type, body, framing));

    [Fact]
    public async Task No_generated_malformed_request_gets_a_5xx_and_every_error_is_problem_json()
    {
        var port = fixture.Serve.BaseUri.Port;
        await Requests.SampleAsync(async request =>
        {
            var (status, contentType) = await SendAsync(port, request);
            Assert.True(status is >= 200 and < 500, $"{status} for {request}");
            if (status >= 400) Assert.True(contentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true, $"{status} '{contentType}' for {request}");
            // Nothing generated here is a valid start: the fuzz must not start paintings.
            Assert.NotEqual(202, request.Method == "POST" && request.Path == "/api/generations" ? status : 0);
        }, iter: 400, threads: 1, print: r => r.ToString());
    }

    [Fact]
    public async Task A_body_that_stops_arriving_is_a_408_problem_not_a_hang_or_a_500()
    {
        var port = fixture.Serve.BaseUri.Port;
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", port);
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            $"POST /api/generations HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"prompt\": "));
        var started = DateTime.UtcNow;
        var (status, contentType) = await ReceiveAsync(socket, "a stalled body");
        Assert.Equal(408, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
    }

    /// <summary>
    /// Kestrel's own protocol-level rejections, exactly those docs/reliability.md lists: Kestrel answers them while it
    /// parses the request line and headers, before any middleware runs, and that answer cannot be given a body (not
    /// customisable, by the ASP.NET Core team's word), so they are empty — never a stack trace, and every status but the
    /// unsupported HTTP version a 4xx. Rejections met while the body is read do reach the middleware: problem+json.
    /// A change here (a new Kestrel) means the documentation changes too.
    /// </summary>
    [Fact]
    public async Task Kestrels_protocol_rejections_are_the_documented_empty_answers_and_body_ones_are_problem_json()
    {
        var port = fixture.Serve.BaseUri.Port;
        var host = $"Host: 127.0.0.1:{port}\r\n";
        const string Json = "Content-Type: application/json\r\n";
        var cases = new (string Name, string Request, int Status, bool Problem)[]
        {
            ("malformed request line", $"GET /api generations HTTP/1.1\r\n{host}\r\n", 400, false),
            ("invalid method", $"G(T /api/generations HTTP/1.1\r\n{host}\r\n", 400, false),
            ("encoded NUL in the path", $"GET /api/generations/%00 HTTP/1.1\r\n{host}\r\n", 400, false),
            ("header without a colon", $"GET /api/generations HTTP/1.1\r\n{host}Bad\r\n\r\n", 400, false),
            ("no Host header", "GET /api/generations HTTP/1.1\r\n\r\n", 400, false),
            ("two Content-Lengths", $"POST /api/generations HTTP/1.1\r\n{host}{Json}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{{}}", 400, false),
            ("Content-Length not a number", $"POST /api/generations HTTP/1.1\r\n{host}{Json}Content-Length: abc\r\n\r\n{{}}", 400, false),
            ("unknown transfer coding", $"POST /api/generations HTTP/1.1\r\n{host}{Json}Transfer-Encoding: gzip\r\n\r\n{{}}", 400, false),
            ("request target over 8 KiB", $"GET /api/generations?{new string('a', 10_000)} HTTP/1.1\r\n{host}\r\n", 414, false),
            ("headers over 32 KiB", $"GET /api/generations HTTP/1.1\r\n{host}X-Big: {new string('a', 40_000)}\r\n\r\n", 431, false),
            ("over 100 headers", $"GET /api/generations HTTP/1.1\r\n{host}{string.Concat(Enumerable.Range(0, 120).Select(i => $"X-{i}: 1\r\n"))}\r\n", 431, false),
            ("HTTP/9.9", $"GET /api/generations HTTP/9.9\r\n{host}\r\n", 505, false),
            ("headers not finished in 10 s", $"GET /api/generations HTTP/1.1\r\n{host}", 408, false),
            ("bad chunk size", $"POST /api/generations HTTP/1.1\r\n{host}{Json}Transfer-Encoding: chunked\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n", 400, true),
            ("Content-Length with chunked", $"POST /api/generations HTTP/1.1\r\n{host}{Json}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{{}}\r\n0\r\n\r\n", 400, true),
        };
        foreach (var (name, request, expected, problem) in cases)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync("127.0.0.1", port);
            await socket.SendAsync(Encoding.ASCII.GetBytes(request));
            var (status, contentType) = await ReceiveAsync(socket, name);
            Assert.True(status == expected, $"{name}: {status}, expected {expected}");
            if (problem) Assert.True(contentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true, $"{name}: {contentType}");
            else Assert.True(contentType is null, $"{name}: Kestrel now writes a body ({contentType}): update docs/reliability.md");
        }
    }

    private static async Task<(int Status, string? ContentType)> SendAsync(int port, Malformed request)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", port);
        var head = new StringBuilder($"{request.Method} {request.Path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
        if (request.ContentType is not null) head.Append(CultureInfo.InvariantCulture, $"Content-Type: {request.ContentType}\r\n");
        var body = new MemoryStream();
        switch (request.Framing)
        {
            case Framing.Exact:
                head.Append(CultureInfo.InvariantCulture, $"Content-Length: {request.Body.Length}\r\n");
                body.Write(request.Body);
                break;
            case Framing.LengthTooLarge:
                head.Append("Content-Length: 5000000\r\n");
                body.Write(request.Body);
                break;
            case Framing.Chunked:
                head.Append("Transfer-Encoding: chunked\r\n");
                body.Write(Encoding.ASCII.GetBytes($"{request.Body.Length:x}\r\n"));
                body.Write(request.Body);
                body.Write("\r\n0\r\n\r\n"u8);
                break;
            case Framing.BadChunkSize:
                head.Append("Transfer-Encoding: chunked\r\n");
                body.Write("zz\r\n"u8);
                body.Write(request.Body);
                break;
            case Framing.HugeChunked: // 1.1 MiB in 64 KiB chunks: past every limit
                head.Append("Transfer-Encoding: chunked\r\n");
                var chunk = new byte[64 * 1024];
                Array.Fill(chunk, (byte)'a');
                for (var i = 0; i < 18; i++)
                {
                    body.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
                    body.Write(chunk);
                    body.Write("\r\n"u8);
                }
                body.Write("0\r\n\r\n"u8);
                break;
        }
        head.Append("\r\n");
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(head.ToString()));
            // No half-close: Kestrel takes the end of a client's sending as the end of the connection.
            await socket.SendAsync(body.ToArray());
        }
        catch (SocketException)
        {
            // The server may answer and close before it has read everything (413, 415): read its answer below.
        }

        return await ReceiveAsync(socket, request.ToString());
    }

    private static async Task<(int Status, string? ContentType)> ReceiveAsync(Socket socket, string request)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0) received.Write(buffer, 0, read);
        }
        catch (SocketException)
        {
            // Reset after the response: what arrived is what counts.
        }
        var text = Encoding.UTF8.GetString(received.ToArray());
        Assert.True(text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal), $"no response to {request}: '{text[..Math.Min(100, text.Length)]}'");
        var status = int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var contentType = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Trim();
        return (status, contentType);
    }
}
