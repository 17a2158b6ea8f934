import Spreadsheet

/// The styles of the entry sheet and 说明, registered once in a workbook.
struct TemplateStyles {
    let title: StyleID
    let subtitle: StyleID
    let header: StyleID
    /// A required field's heading: the same, in dark red.
    let requiredHeader: StyleID
    /// Empty entry cells: a thin grid (the sheet also prints as a paper form) and the column's format.
    private let general: StyleID
    private let text: StyleID
    private let date: StyleID
    /// 说明's table cells: the grid, wrapped, at the top.
    let wrapped: StyleID

    init(_ writer: XLSXWriter) {
        title = writer.addStyle(CellStyle(fontSize: 16, bold: true, horizontalAlignment: .center, verticalAlignment: .center))
        subtitle = writer.addStyle(CellStyle(fontSize: 10, verticalAlignment: .center))
        let heading = CellStyle(bold: true, fillColor: RGBColor(0xD9E1F2), border: .thin,
                                horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)
        header = writer.addStyle(heading)
        var required = heading
        required.fontColor = RGBColor(0xC00000)
        requiredHeader = writer.addStyle(required)
        general = writer.addStyle(CellStyle(border: .thin))
        text = writer.addStyle(CellStyle(border: .thin, numberFormat: "@"))
        date = writer.addStyle(CellStyle(border: .thin, numberFormat: "yyyy-mm-dd"))
        wrapped = writer.addStyle(CellStyle(border: .thin, verticalAlignment: .top, wrapText: true))
    }

    func cell(_ format: TemplateColumn.Format) -> StyleID {
        switch format {
        case .general: return general
        case .text: return text
        case .date: return date
        }
    }
}
