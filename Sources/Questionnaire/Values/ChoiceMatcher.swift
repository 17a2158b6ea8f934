import Spreadsheet

/// Finds a choice's code from what a teacher typed: the code, any label or any alias, compared after
/// folding width, white space and letter case; a bare 是/否 only under a 是否… heading.
struct ChoiceMatcher: Sendable {
    let list: ChoiceList
    private let codes: [String: String]
    private let answers: [Bool: String]

    init(list: ChoiceList) {
        self.list = list
        var codes: [String: String] = [:]
        var answers: [Bool: String] = [:]
        for choice in list.choices {
            for spelling in [choice.code, choice.label] + choice.labels.values.sorted() + choice.aliases {
                let key = TextFolding.key(spelling)
                if codes[key] == nil { codes[key] = choice.code }
            }
            if let answer = choice.yesNo, answers[answer] == nil { answers[answer] = choice.code }
        }
        self.codes = codes
        self.answers = answers
    }

    func code(for text: String, underQuestion: Bool) -> String? {
        if let code = codes[TextFolding.key(text)] { return code }
        guard underQuestion, let answer = BooleanText.parse(text) else { return nil }
        return answers[answer]
    }

    /// The labels a teacher may write, for messages: 建档立卡贫困户、低保户、….
    func labels(in language: Language) -> String {
        list.choices.map { $0.label(in: language) }.joined(separator: language == .zh ? "、" : ", ")
    }
}

/// A heading that asks a yes/no question (是否建档立卡贫困户): there a bare 是/否 answers it.
enum QuestionHeading {
    static func isQuestion(_ heading: String) -> Bool {
        TextFolding.key(heading).hasPrefix("是否")
    }
}
