using System.Globalization;
using System.Reflection;

namespace Kronika.Storage.Migrations;

/// <summary>The schema scripts of one SQL dialect, embedded as <c>Migrations/DIALECT/NNNN_name.sql</c> and numbered
/// 1, 2, 3 … without gaps, so that features adding tables at the same time collide on a number, not on a schema.</summary>
internal static class MigrationScripts
{
    /// <summary>The scripts under <c>Migrations/<paramref name="dialect"/>/</c> in version order.</summary>
    /// <exception cref="InvalidOperationException">When a script is misnamed or the numbers have a gap or a repeat (a build mistake).</exception>
    public static IReadOnlyList<Migration> Load(string dialect)
    {
        string prefix = "Migrations/" + dialect + "/";
        Assembly assembly = typeof(MigrationScripts).Assembly;
        var migrations = new List<Migration>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string name = resource[prefix.Length..^".sql".Length];
            int underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                throw new InvalidOperationException($"Migration '{resource}' is not named NNNN_name.sql.");
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, name, reader.ReadToEnd()));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (int index = 0; index < migrations.Count; index++)
        {
            if (migrations[index].Version != index + 1)
            {
                throw new InvalidOperationException(
                    $"Migrations/{dialect} must be numbered 1, 2, 3 ... without gaps or repeats; found {migrations[index].Name} at place {index + 1}.");
            }
        }

        return migrations;
    }
}

/// <summary>One schema script.</summary>
/// <param name="Version">Its number, from 1.</param>
/// <param name="Name">Its file name without the extension ("0001_articles").</param>
/// <param name="Sql">Its statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
