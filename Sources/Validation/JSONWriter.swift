/// Builds one JSON object with its keys in the order they are added. Keys whose value does not apply
/// are left out, never written as null, so a script tests for a key's presence only.
struct JSONObject {
    private var members: [String] = []

    mutating func add(_ key: String, raw: String) {
        members.append(JSONObject.quote(key) + ": " + raw)
    }

    mutating func add(_ key: String, _ value: String?) {
        if let value { add(key, raw: JSONObject.quote(value)) }
    }

    mutating func add(_ key: String, _ value: Int?) {
        if let value { add(key, raw: String(value)) }
    }

    mutating func add(_ key: String, strings: [String]?) {
        if let strings { add(key, raw: "[" + strings.map(JSONObject.quote).joined(separator: ", ") + "]") }
    }

    /// An array of already written values; with `multiline`, each on its own line.
    mutating func add(_ key: String, array: [String], multiline: Bool) {
        guard multiline, !array.isEmpty else {
            add(key, raw: "[" + array.joined(separator: ", ") + "]")
            return
        }
        add(key, raw: "[\n  " + array.joined(separator: ",\n  ") + "]")
    }

    var text: String { "{" + members.joined(separator: ", ") + "}" }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func quote(_ text: String) -> String {
        var quoted = "\""
        quoted.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
