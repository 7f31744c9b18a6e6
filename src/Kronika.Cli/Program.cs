using Kronika.Cli;

using Terminal terminal = Terminal.FromSystemConsole();
return KronikaApp.Run(args, terminal);
