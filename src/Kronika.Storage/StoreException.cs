namespace Kronika.Storage;

/// <summary>The store cannot be used: the file is not a Kronika database, or its schema is newer than this code.</summary>
/// <remarks>The message is one line a person can act on; the CLI prints it as it stands.</remarks>
public sealed class StoreException : Exception
{
    /// <summary>Makes the exception with a one-line <paramref name="message"/>.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Makes the exception with a one-line <paramref name="message"/> and its cause.</summary>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
