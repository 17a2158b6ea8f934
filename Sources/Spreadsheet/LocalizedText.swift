import Foundation

/// The language of messages for people: Chinese by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// `LANG`/`LC_ALL` starting with `en` gives English; anything else (or unset) gives Chinese.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        let value = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return value.lowercased().hasPrefix("en") ? .en : .zh
    }
}

/// A message in both languages, chosen when it is printed.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }

    public var description: String { zh }
}
