import Foundation
import Questionnaire
import Spreadsheet
import Tabulation

/// Writes run's 明细 rows into the summary workbook's 明细 sheet and 明细.csv, each row made once for both, on a
/// thread of its own when there is more than one job: the thread that validates was the busy one (about half
/// the CPU time) while the other core idled a third of the time. Records go over in batches through a queue of
/// at most `maximumBatches`, so memory stays bounded, and are written in the order given, so both files are
/// byte for byte what an inline write gives.
final class ListingWriter: @unchecked Sendable {
    static let batchSize = 256
    static let maximumBatches = 4

    private let listing: RecordListing
    private let workbook: SummaryWorkbook
    private let records: CSVWriter
    /// Records not yet handed over (the adding thread's own).
    private var batch: [Record] = []
    /// Guards `queue`, `ended` and `done`.
    private let condition = NSCondition()
    private var queue: [[Record]] = []
    private var ended = false
    private var done: Bool
    /// The first error of each output; later rows are not written to it. Read them after `finish()`.
    private(set) var workbookFailure: SpreadsheetError?
    private(set) var recordsFailure: SpreadsheetError?

    init(listing: RecordListing, workbook: SummaryWorkbook, records: CSVWriter, threaded: Bool) {
        self.listing = listing
        self.workbook = workbook
        self.records = records
        done = !threaded
        if threaded {
            batch.reserveCapacity(Self.batchSize)
            Thread.detachNewThread { [self] in writeHandedRows() }
        }
    }

    func add(_ record: Record) {
        guard !done else { return write(record) }
        batch.append(record)
        if batch.count == Self.batchSize { hand() }
    }

    /// Returns once every record added has been written.
    func finish() {
        hand()
        condition.lock()
        ended = true
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
    }

    private func hand() {
        guard !batch.isEmpty else { return }
        condition.lock()
        while queue.count >= Self.maximumBatches { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
        batch.removeAll(keepingCapacity: true)
    }

    /// The writing thread: takes batches in order until the adding side has ended and the queue is empty.
    private func writeHandedRows() {
        while true {
            condition.lock()
            while queue.isEmpty && !ended { condition.wait() }
            guard !queue.isEmpty else {
                done = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let handed = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            for record in handed { write(record) }
        }
    }

    private func write(_ record: Record) {
        let row = listing.row(record)
        if workbookFailure == nil {
            do throws(SpreadsheetError) { try workbook.addListingRow(row) } catch { workbookFailure = error }
        }
        if recordsFailure == nil {
            do throws(SpreadsheetError) { try records.write(row) } catch { recordsFailure = error }
        }
    }
}
