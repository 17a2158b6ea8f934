/// Safety limits for reading a workbook. The defaults take any real return (a 1,048,576-row sheet of
/// inline strings inflates to about 1.5 GB) and stop zip bombs and hostile XML early.
public struct XLSXLimits: Sendable, Hashable {
    /// Real inflated bytes allowed from one zip entry.
    public var maxEntryBytes: Int64 = 2 << 30
    /// Real inflated bytes allowed from all entries of one file together, pre-passes included.
    public var maxTotalBytes: Int64 = 8 << 30
    /// An entry inflating past `ratioCheckBytes` at more than this many bytes per compressed byte is
    /// treated as a bomb. Deflate tops out near 1032:1, real sheet XML compresses 10–200:1.
    public var maxRatio: Int64 = 1000
    public var ratioCheckBytes: Int64 = 64 << 20
    /// The longest single tag or text run in a sheet body (Excel's own cell limit is 32,767 characters).
    public var maxTokenBytes: Int = 16 << 20
    /// Bytes held by the shared-string table.
    public var maxSharedStringBytes: Int = 1 << 30

    public init() {}
}
