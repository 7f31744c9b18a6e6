using System.ComponentModel;
using Kronika.Api;
using Kronika.Cli.Composition;
using Kronika.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika serve [--db ...] [--urls URL] [--api-key KEY]</c>: the HTTP API over the store, on loopback unless
/// told otherwise, until Ctrl+C.</summary>
internal sealed class ServeCommand : Command<ServeCommand.Settings>
{
    /// <summary>Environment variable with comma-separated API keys for the writing endpoints.</summary>
    public const string KeysVariable = "KRONIKA_API_KEYS";

    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;
    private readonly TimeProvider _time;

    public ServeCommand(Terminal terminal, Lazy<Engine> engine, TimeProvider time)
    {
        _terminal = terminal;
        _engine = engine;
        _time = time;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using IArticleStore store = StoreFactory.Open(DatabasePath.Resolve(settings.Database));
        Engine engine = _engine.Value;
        var keys = new HashSet<string>(settings.ApiKeys, StringComparer.Ordinal);
        foreach (string key in (Environment.GetEnvironmentVariable(KeysVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            keys.Add(key);
        }

        var options = new ApiOptions
        {
            Store = store,
            Read = (bytes, input, hints) => engine.Read(bytes, input, hints),
            Analyze = engine.Run,
            Pipeline = engine.Pipeline.Description,
            ApiKeys = keys,
            Time = _time,
        };
        string[] urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using WebApplication app = KronikaApi.Build(options, urls);
        app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        _terminal.Error.WriteLine($"kronika: serving {store.Location} on {string.Join(", ", urls)} (OpenAPI at /openapi/v1.json; {(keys.Count == 0 ? "no API keys: writing disabled" : $"{keys.Count} API key(s)")}); Ctrl+C stops");
        try
        {
            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        return 0;
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on, separated by ';' (default: http://127.0.0.1:5080, loopback only)")]
        [DefaultValue(KronikaApi.DefaultUrl)]
        public string Urls { get; init; } = KronikaApi.DefaultUrl;

        [CommandOption("--api-key <KEY>")]
        [Description("A key accepted in the X-Api-Key header by the writing endpoints (repeatable; also $KRONIKA_API_KEYS, comma-separated)")]
        public string[] ApiKeys { get; init; } = [];
    }
}
