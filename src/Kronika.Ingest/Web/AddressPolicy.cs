using System.Net;
using System.Net.Sockets;

namespace Kronika.Ingest.Web;

/// <summary>Which addresses and schemes the fetcher may reach: http and https only, and no loopback, private,
/// link-local or otherwise non-public address unless the options allow it.</summary>
/// <remarks>
/// Refusing these addresses keeps a feed list, a feed item or a redirect from turning Kronika into a probe of the
/// machine it runs on or of its network (server-side request forgery). The check is made twice: on the URL before a
/// request (<see cref="Refusal"/>), which catches address literals without any I/O, and on every resolved address
/// when a connection is opened (<see cref="WebFetcher"/>), so a host name that resolves to a private address is
/// refused too. Immutable; safe from many threads.
/// </remarks>
public static class AddressPolicy
{
    // Non-public IPv4 ranges (RFC 6890 special-purpose registry, those a fetcher must never reach).
    private static readonly IPNetwork[] _refusedV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network", including the unspecified 0.0.0.0
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT, shared address space
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, including cloud metadata services at 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, including the broadcast 255.255.255.255
    ];

    // Non-public IPv6 ranges; IPv4-mapped and NAT64 addresses are judged by the IPv4 address they carry.
    private static readonly IPNetwork[] _refusedV6 =
    [
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // site-local (deprecated, still routed by some networks)
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    private static readonly IPNetwork _nat64 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>Whether <paramref name="address"/> is loopback, private, link-local, unspecified, multicast or reserved:
    /// anything that is not a public unicast address.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Array.Exists(_refusedV4, network => network.Contains(address));
        }

        if (_nat64.Contains(address))
        {
            byte[] bytes = address.GetAddressBytes();
            return IsPrivate(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return address.AddressFamily != AddressFamily.InterNetworkV6 || Array.Exists(_refusedV6, network => network.Contains(address));
    }

    /// <summary>Whether the fetcher may connect to <paramref name="address"/> under <paramref name="options"/>.</summary>
    public static bool IsAllowed(IPAddress address, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowPrivateAddresses || !IsPrivate(address))
        {
            return true;
        }

        IPAddress plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (IPNetwork network in options.AllowedNetworks)
        {
            if (network.Contains(plain))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why <paramref name="url"/> may not be fetched before anything is resolved or connected: a scheme other
    /// than http or https, a relative URL, or a host that is a refused address literal. Null when the URL may be tried;
    /// host names are checked when connecting.</summary>
    public static string? Refusal(Uri url, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        if (!url.IsAbsoluteUri)
        {
            return $"'{url}' is not an absolute URL";
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"scheme '{url.Scheme}' refused (only http and https are fetched): {url}";
        }

        if (IPAddress.TryParse(url.IdnHost, out IPAddress? literal) && !IsAllowed(literal, options))
        {
            return $"address {literal} refused (loopback, private or link-local; allow it explicitly to fetch it): {url}";
        }

        return null;
    }
}
