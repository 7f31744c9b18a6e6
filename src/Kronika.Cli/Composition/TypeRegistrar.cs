using Spectre.Console.Cli;

namespace Kronika.Cli.Composition;

/// <summary>The few services the commands take in their constructors, for Spectre.Console.Cli to build them with.</summary>
/// <remarks>A few dozen lines instead of a container package: commands need the terminal, the engine and a clock,
/// and Spectre registers its own help provider. A service may be registered more than once (Spectre asks for
/// <c>IEnumerable&lt;T&gt;</c>); a single resolution gets the last registration.</remarks>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<TypeResolver, object>>> _registrations = [];

    /// <inheritdoc/>
    public void Register(Type service, Type implementation) => Add(service, resolver => resolver.Construct(implementation));

    /// <inheritdoc/>
    public void RegisterInstance(Type service, object implementation) => Add(service, _ => implementation);

    /// <inheritdoc/>
    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, _ => lazy.Value);
    }

    /// <inheritdoc/>
    public ITypeResolver Build() => new TypeResolver(_registrations.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));

    private void Add(Type service, Func<TypeResolver, object> factory)
    {
        if (!_registrations.TryGetValue(service, out List<Func<TypeResolver, object>>? factories))
        {
            factories = [];
            _registrations[service] = factories;
        }

        factories.Add(factory);
    }
}
