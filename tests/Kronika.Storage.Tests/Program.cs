namespace Kronika.Storage.Tests;

/// <summary>The test executable's entry point: the xunit runner, or, with <see cref="StoreWriter.Verb"/> first,
/// the small writer process that <see cref="Sqlite.KillTests"/> starts and kills.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == StoreWriter.Verb)
        {
            return StoreWriter.Run(args[1..]);
        }

        // The same dispatch as xunit.v3's generated entry point.
        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
