import Spreadsheet

/// Builds one JSON object with its keys in the order they are added. Keys whose value does not apply
/// are left out, never written as null, so a script tests for a key's presence only.
struct JSONObject {
    private var members: [String] = []

    mutating func add(_ key: String, raw: String) {
        members.append(JSONText.quote(key) + ": " + raw)
    }

    mutating func add(_ key: String, _ value: String?) {
        if let value { add(key, raw: JSONText.quote(value)) }
    }

    mutating func add(_ key: String, _ value: Int?) {
        if let value { add(key, raw: String(value)) }
    }

    mutating func add(_ key: String, strings: [String]?) {
        if let strings { add(key, raw: "[" + strings.map(JSONText.quote).joined(separator: ", ") + "]") }
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
}
