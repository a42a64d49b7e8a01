using Orleans.Serialization;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// The document model crosses nodes as JSON (System.Text.Json, the same round trip the store relies on
/// for replay), so Caravan.Core stays free of Orleans attributes; the cluster's own messages are
/// generated codecs.
/// </summary>
internal static class WireFormat
{
    public static void Use(ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: type => type.Assembly == typeof(Article).Assembly);
}
