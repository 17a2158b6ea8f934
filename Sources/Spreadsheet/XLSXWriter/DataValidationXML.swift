/// `<dataValidations>` of a worksheet, after `<mergeCells>` and before `<pageMargins>` (ECMA-376 CT_Worksheet),
/// attributes in the order Excel writes them.
enum DataValidationXML {
    static func append(_ validations: [DataValidation], to xml: inout XMLBuffer) {
        guard !validations.isEmpty else { return }
        xml.append("<dataValidations count=\""); xml.append(validations.count); xml.append("\">")
        for validation in validations { append(validation, to: &xml) }
        xml.append("</dataValidations>")
    }

    private static func append(_ validation: DataValidation, to xml: inout XMLBuffer) {
        let (type, comparison, formulas) = parts(validation.rule)
        xml.append("<dataValidation")
        if let type { xml.append(" type=\""); xml.append(type); xml.append("\"") }
        if validation.errorStyle != .stop {
            xml.append(" errorStyle=\""); xml.appendRaw(validation.errorStyle.rawValue); xml.append("\"")
        }
        if let comparison, comparison != "between" {
            xml.append(" operator=\""); xml.appendRaw(comparison); xml.append("\"")
        }
        xml.append(" allowBlank=\"1\"")
        if validation.inputMessage != nil { xml.append(" showInputMessage=\"1\"") }
        xml.append(" showErrorMessage=\"1\"")
        if let error = validation.errorMessage {
            xml.append(" errorTitle=\""); xml.appendEscapedAttribute(error.title)
            xml.append("\" error=\""); xml.appendEscapedAttribute(error.text); xml.append("\"")
        }
        if let input = validation.inputMessage {
            xml.append(" promptTitle=\""); xml.appendEscapedAttribute(input.title)
            xml.append("\" prompt=\""); xml.appendEscapedAttribute(input.text); xml.append("\"")
        }
        xml.append(" sqref=\""); xml.appendRaw(validation.ranges.map(\.description).joined(separator: " "))
        if formulas.isEmpty {
            xml.append("\"/>")
            return
        }
        xml.append("\">")
        for (name, formula) in zip(["formula1", "formula2"], formulas) {
            xml.append("<"); xml.appendRaw(name); xml.append(">"); xml.appendEscapedText(formula)
            xml.append("</"); xml.appendRaw(name); xml.append(">")
        }
        xml.append("</dataValidation>")
    }

    /// The `type` (nil for any value, Excel's default), the `operator` (nil for lists) and the formulas of a rule.
    private static func parts(_ rule: DataValidation.Rule) -> (StaticString?, String?, [String]) {
        switch rule {
        case .anyValue:
            return (nil, nil, [])
        case .list(let values):
            return ("list", nil, ["\"" + values.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",") + "\""])
        case .listRange(let sheet, let range):
            return ("list", nil, [SheetName.reference(sheet) + WorkbookXML.absolute(range.first) + ":" + WorkbookXML.absolute(range.last)])
        case .whole(let bounds):
            let (comparison, formulas) = comparison(bounds, number)
            return ("whole", comparison, formulas)
        case .decimal(let bounds):
            let (comparison, formulas) = comparison(bounds, number)
            return ("decimal", comparison, formulas)
        case .date(let bounds):
            let (comparison, formulas) = comparison(bounds) { number(SheetWriter.serial($0) ?? 0) }
            return ("date", comparison, formulas)
        case .textLength(let bounds):
            let (comparison, formulas) = comparison(bounds) { String($0) }
            return ("textLength", comparison, formulas)
        }
    }

    private static func comparison<Value>(_ bounds: DataValidation.Bounds<Value>, _ text: (Value) -> String) -> (String?, [String]) {
        (bounds.operatorName, bounds.values.map(text))
    }

    /// A number as a formula writes it: `9`, `1.5`.
    private static func number(_ value: Double) -> String {
        var buffer = XMLBuffer()
        buffer.append(value)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
