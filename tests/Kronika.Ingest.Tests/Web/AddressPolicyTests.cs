using System.Net;
using Kronika.Ingest.Web;

namespace Kronika.Ingest.Tests.Web;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void Loopback_private_link_local_and_special_addresses_are_private(string address) =>
        Assert.True(AddressPolicy.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_not_private(string address) =>
        Assert.False(AddressPolicy.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://10.0.0.1/", "address 10.0.0.1 refused")]
    [InlineData("https://192.168.0.1/admin", "address 192.168.0.1 refused")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "address 169.254.169.254 refused")]
    [InlineData("http://[fe80::1]/", "address fe80::1 refused")]
    [InlineData("http://[::ffff:10.0.0.1]/", "address ::ffff:10.0.0.1 refused")]
    [InlineData("http://0x7f000001/", "address 127.0.0.1 refused")]
    [InlineData("file:///etc/passwd", "scheme 'file' refused")]
    [InlineData("ftp://example.org/feed.xml", "scheme 'ftp' refused")]
    [InlineData("gopher://example.org/", "scheme 'gopher' refused")]
    public void A_refused_url_is_refused_before_anything_is_resolved(string url, string reason) =>
        Assert.StartsWith(reason, AddressPolicy.Refusal(new Uri(url), FetchOptions.Default), StringComparison.Ordinal);

    [Theory]
    [InlineData("http://example.org/feed.xml")]
    [InlineData("https://93.184.216.34/")]
    [InlineData("http://localhost/")]
    public void A_public_address_or_a_host_name_may_be_tried(string url) =>
        Assert.Null(AddressPolicy.Refusal(new Uri(url), FetchOptions.Default));

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://[::1]/")]
    public void Private_addresses_pass_when_allowed(string url) =>
        Assert.Null(AddressPolicy.Refusal(new Uri(url), FetchOptions.Default with { AllowPrivateAddresses = true }));

    [Theory]
    [InlineData("127.0.0.1/32", "127.0.0.1", true)]
    [InlineData("127.0.0.1/32", "127.0.0.2", false)]
    [InlineData("127.0.0.1/32", "::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.0/8", "10.1.2.3", true)]
    public void An_allowed_network_lets_in_only_its_own_addresses(string network, string address, bool allowed)
    {
        var options = FetchOptions.Default with { AllowedNetworks = [IPNetwork.Parse(network)] };
        Assert.Equal(allowed, AddressPolicy.IsAllowed(IPAddress.Parse(address), options));
    }
}
