using BenchmarkDotNet.Running;

// Any subset runs by filter: dotnet run -c Release -- --filter '*Pipeline*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
