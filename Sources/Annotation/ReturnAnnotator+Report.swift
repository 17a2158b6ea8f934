import Foundation
import Questionnaire
import Spreadsheet
import Validation

extension ReturnAnnotator {
    /// What annotating a check writes: for each input that has issues and could be read, in input order,
    /// its issues and its output in `folder`. Two inputs of one name (from different folders) get
    /// `name (2).批注.xlsx` and so on.
    public func plan(_ report: CheckReport, into folder: String) -> [(input: String, issues: [Issue], output: String)] {
        let issues = Dictionary(grouping: report.issues, by: \.location.file)
        var plan: [(input: String, issues: [Issue], output: String)] = []
        for input in report.inputs where !input.unreadable {
            guard let own = issues[input.file] else { continue }
            var output = outputPath(for: input.file, in: folder)
            var number = 2
            while plan.contains(where: { $0.output == output }) {
                output = outputPath(for: input.file, in: folder, copy: number)
                number += 1
            }
            plan.append((input.file, own, output))
        }
        return plan
    }

    /// Writes every file of `plan(report, into: folder)` (the folder must exist); returns their paths.
    public func annotate(
        _ report: CheckReport, into folder: String, protectedPaths: [String] = []
    ) throws(SpreadsheetError) -> [String] {
        let plan = plan(report, into: folder)
        for item in plan {
            try annotate(item.input, issues: item.issues, to: item.output, protectedPaths: protectedPaths)
        }
        return plan.map(\.output)
    }
}
