/// How a cell looks: font, fill, border, alignment and number format. Register it once with
/// `XLSXWriter.addStyle` and pass the returned `StyleID` with the cells; equal styles share one ID.
public struct CellStyle: Sendable, Hashable {
    /// Nil: the workbook's default font, 等线 (DengXian, Excel's default for Chinese). Any font name works,
    /// e.g. 宋体 or 黑体; a name with non-ASCII characters is marked with the GB2312 character set.
    public var fontName: String?
    public var fontSize: Double
    public var bold: Bool
    public var italic: Bool
    public var fontColor: RGBColor?
    /// A solid background.
    public var fillColor: RGBColor?
    /// The same line on all four sides.
    public var border: Border
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrapText: Bool
    /// An Excel number format such as `yyyy-mm-dd`, `@` (text), `0.0%`, `#,##0`; nil is General.
    /// A date cell whose style has no number format is shown as `yyyy-mm-dd` (`yyyy-mm-dd hh:mm:ss` with a time).
    public var numberFormat: String?

    public init(
        fontName: String? = nil, fontSize: Double = 11, bold: Bool = false, italic: Bool = false,
        fontColor: RGBColor? = nil, fillColor: RGBColor? = nil, border: Border = .none,
        horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
        wrapText: Bool = false, numberFormat: String? = nil
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.border = border
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
        self.numberFormat = numberFormat
    }

    public enum Border: String, Sendable, Hashable {
        case none, thin, medium
    }

    public enum HorizontalAlignment: String, Sendable, Hashable {
        case left, center, right
    }

    public enum VerticalAlignment: String, Sendable, Hashable {
        case top, center, bottom
    }
}

/// A colour as 0xRRGGBB, e.g. `RGBColor(0xD9E1F2)`.
public struct RGBColor: Sendable, Hashable {
    public var rgb: UInt32

    public init(_ rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }
}

/// A style registered in one workbook. `StyleID.default` is the workbook's plain style.
public struct StyleID: Sendable, Hashable {
    let index: Int

    public static let `default` = StyleID(index: 0)
}
