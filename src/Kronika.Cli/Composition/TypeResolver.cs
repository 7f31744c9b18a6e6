using System.Reflection;
using Spectre.Console.Cli;

namespace Kronika.Cli.Composition;

/// <summary>Resolves registered services (all of them for <c>IEnumerable&lt;T&gt;</c>); builds any other class through its
/// widest public constructor.</summary>
internal sealed class TypeResolver : ITypeResolver
{
    private readonly Dictionary<Type, Func<TypeResolver, object>[]> _registrations;

    /// <summary>Resolves from <paramref name="registrations"/>.</summary>
    public TypeResolver(Dictionary<Type, Func<TypeResolver, object>[]> registrations) => _registrations = registrations;

    /// <inheritdoc/>
    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_registrations.TryGetValue(type, out Func<TypeResolver, object>[]? factories))
        {
            return factories[^1](this);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type element = type.GetGenericArguments()[0];
            Func<TypeResolver, object>[] all = _registrations.GetValueOrDefault(element) ?? [];
            var items = Array.CreateInstance(element, all.Length);
            for (int index = 0; index < all.Length; index++)
            {
                items.SetValue(all[index](this), index);
            }

            return items;
        }

        return type.IsAbstract || type.IsInterface ? null : Construct(type);
    }

    /// <summary>Calls the public constructor of <paramref name="type"/> with the most parameters, each resolved here.</summary>
    /// <exception cref="InvalidOperationException">When a parameter's type cannot be resolved.</exception>
    public object Construct(Type type)
    {
        ConstructorInfo constructor = type.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor.");
        object[] arguments = [.. constructor.GetParameters().Select(parameter =>
            Resolve(parameter.ParameterType) ?? throw new InvalidOperationException($"Cannot resolve {parameter.ParameterType.Name} for {type.Name}."))];
        return constructor.Invoke(arguments);
    }
}
