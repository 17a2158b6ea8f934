import Spreadsheet

/// How far a campaign reached the school's roster: per hamlet of the roster, its households and how many of
/// them were visited, and the households still to visit. Made by matching returns to a roster (Validation's
/// `RosterCheck`); written by the summary workbook and the check JSON.
public struct Coverage: Sendable, Hashable {
    public struct Hamlet: Sendable, Hashable {
        /// The hamlet as the roster writes it; empty for pupils whose row gives none.
        public var name: String
        public var households: Int
        public var visited: Int

        public init(name: String, households: Int, visited: Int) {
            self.name = name
            self.households = households
            self.visited = visited
        }

        /// Visited households as a percentage of the roster's, to one decimal; nil for no household.
        public var percent: Double? {
            households == 0 ? nil : (Double(visited) * 1000 / Double(households)).rounded() / 10
        }
    }

    /// A roster household no return covers: its hamlet, guardian and pupils in roster order.
    public struct Household: Sendable, Hashable {
        public var hamlet: String
        public var guardian: String?
        public var pupils: [RosterPupil]

        public init(hamlet: String, guardian: String?, pupils: [RosterPupil]) {
            self.hamlet = hamlet
            self.guardian = guardian
            self.pupils = pupils
        }
    }

    /// Hamlets in order of first appearance in the roster.
    public var hamlets: [Hamlet]
    /// Households still to visit, grouped by hamlet in the order of `hamlets`, roster order within one.
    public var unvisited: [Household]

    public init(hamlets: [Hamlet], unvisited: [Household]) {
        self.hamlets = hamlets
        self.unvisited = unvisited
    }

    /// One line for people: `走访覆盖：名单 45 户，已走访 41 户（91.1%），未走访 4 户`.
    public func summary(in language: Language) -> String {
        let total = self.total
        let percent = total.percent.map { "\($0)%" } ?? "-"
        let missing = total.households - total.visited
        return language == .zh
            ? "走访覆盖：学生名单 \(total.households) 户，已走访 \(total.visited) 户（\(percent)），未走访 \(missing) 户"
            : "Coverage: \(total.households) household(s) on the roster, \(total.visited) visited (\(percent)), \(missing) not visited"
    }

    /// Every hamlet added up.
    public var total: Hamlet {
        Hamlet(name: "", households: hamlets.reduce(0) { $0 + $1.households }, visited: hamlets.reduce(0) { $0 + $1.visited })
    }
}
