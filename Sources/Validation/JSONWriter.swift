import Spreadsheet

/// Builds one JSON object with its keys in the order they are added. Keys whose value does not apply
/// are left out, never written as null, so a script tests for a key's presence only.
struct JSONObject {
    /// The members added and not yet handed to a writer, without the closing brace.
    private var written = "{"
    private var isEmpty = true

    mutating func add(_ key: String, raw: String) {
        written += (isEmpty ? "" : ", ") + JSONText.quote(key) + ": " + raw
        isEmpty = false
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

    /// An array of already written values, each on its own line like `add(_:array:multiline: true)`, handed
    /// to `write` one at a time with what was added before it: a long array is never held whole. What is
    /// added after it, and `text`, are the rest of the object.
    mutating func add(_ key: String, lines values: some Sequence<String>, writingTo write: (String) -> Void) {
        add(key, raw: "[")
        var first = true
        for value in values {
            written += (first ? "\n  " : ",\n  ") + value
            write(written)
            written = ""
            first = false
        }
        written += "]"
    }

    var text: String { written + "}" }
}
