import Spreadsheet

extension Table {
    /// The long form for CSV: a heading row, then one row per table row with choice labels, `小计` in the
    /// second dimension's column of a subtotal and `合计` in the first column of the total, and numbers.
    public func longFormRows(in language: Language) -> [[CellValue]] {
        let headings = layout.dimensions.map { $0.heading(in: language) } + layout.measures.map { $0.heading(in: language) }
        return [headings.map { .text($0) }] + rows.map { row in
            // A row's own dimensions are labelled (nil: （空白）); a subtotal has only the first.
            let labelled = row.kind == .cell ? row.values.count : row.kind == .subtotal ? 1 : 0
            var labels = zip(layout.dimensions, row.values).enumerated().map { index, pair in
                index < labelled ? pair.0.label(of: pair.1, in: language) : ""
            }
            switch row.kind {
            case .cell: break
            case .subtotal: labels[1] = TableWords.subtotal.text(in: language)
            case .total: if !labels.isEmpty { labels[0] = TableWords.total.text(in: language) }
            }
            return labels.map { .text($0) } + row.amounts.map(\.cellValue)
        }
    }

    /// The long form as JSON (spec/outputs.md "Tables"): choice codes, nulls outside a row's own dimensions,
    /// one row per line.
    public var json: String {
        let by = layout.dimensions.map { jsonString($0.id) }.joined(separator: ", ")
        let lines = rows.map { row in
            let members = [("kind", jsonString(row.kind.rawValue))]
                + zip(layout.dimensions, row.values).map { ($0.id, $1.map(jsonString) ?? "null") }
                + zip(layout.measures, row.amounts).map { ($0.id, $1.description) }
            return "  {" + members.map { jsonString($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
        return "{\"by\": [\(by)],\n \"rows\": [\n" + lines.joined(separator: ",\n") + "]}\n"
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
func jsonString(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\r": escaped += "\\r"
        case "\t": escaped += "\\t"
        default:
            guard scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" else {
                escaped.unicodeScalars.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
    return escaped + "\""
}
