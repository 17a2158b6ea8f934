import Foundation
import Spreadsheet

/// A count or sum in a table: whole numbers stay `Int`; sums of decimal fields, and whole sums that would
/// overflow `Int`, are exact `Decimal`s, so adding partial tables in any grouping gives the same number.
public enum Amount: Sendable, CustomStringConvertible {
    case integer(Int)
    case decimal(Decimal)

    public static let zero = Amount.integer(0)

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        if case .integer(let a) = lhs, case .integer(let b) = rhs {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return .integer(sum) }
        }
        return .decimal(lhs.decimalValue + rhs.decimalValue)
    }

    public static func += (lhs: inout Amount, rhs: Amount) { lhs = lhs + rhs }

    /// A decimal field's value as an exact decimal: the shortest digits that read back as the same double.
    static func exact(_ value: Double) -> Amount? {
        guard value.isFinite, let decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        return .decimal(decimal)
    }

    public var decimalValue: Decimal {
        switch self {
        case .integer(let value): Decimal(value)
        case .decimal(let value): value
        }
    }

    /// As a number cell holds it.
    public var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): NSDecimalNumber(decimal: value).doubleValue
        }
    }

    /// A number cell, or the digits as text past 2⁵³, where a double no longer holds every whole number.
    public var cellValue: CellValue {
        let number = doubleValue
        return number.magnitude <= 9_007_199_254_740_992 ? .number(number) : .text(description)
    }

    /// Plain digits, as JSON writes them: `12`, `3.5`.
    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(let value): value.description
        }
    }
}

extension Amount: Equatable {
    /// Equal as numbers, whichever way they are held.
    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        if case .integer(let a) = lhs, case .integer(let b) = rhs { return a == b }
        return lhs.decimalValue == rhs.decimalValue
    }
}
