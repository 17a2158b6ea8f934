import Foundation
import Questionnaire
import Spreadsheet
import Tabulation

/// Writes 明细 rows into the summary workbook's 明细 sheet (and into 明细.csv for `run`), each row made once for
/// both, on a thread of its own when there is more than one job: the thread that validates was the busy one
/// (about half the CPU time) while the other core idled a third of the time. Records go over in batches
/// through a queue of at most `maximumBatches`, so memory stays bounded, and are written in the order given, so
/// the files are byte for byte what an inline write gives.
final class ListingWriter: @unchecked Sendable {
    static let batchSize = 256
    static let maximumBatches = 4

    private let workbook: SummaryWorkbook
    private let records: CSVWriter?
    private let threaded: Bool
    /// Records not yet handed over (the adding thread's own).
    private var batch: [Record] = []
    /// Guards `queue`, `ended` and `done`.
    private let condition = NSCondition()
    private var queue: [[Record]] = []
    private var ended = false
    private var done = false
    /// The first error of each output; later rows are not written to it.
    private var workbookFailure: SpreadsheetError?
    private var recordsFailure: SpreadsheetError?

    init(workbook: SummaryWorkbook, records: CSVWriter? = nil, threaded: Bool) {
        self.workbook = workbook
        self.records = records
        self.threaded = threaded
        if threaded {
            batch.reserveCapacity(Self.batchSize)
            Thread.detachNewThread { [self] in writeHandedRows() }
        }
    }

    func add(_ record: Record) {
        guard threaded else { return write(record) }
        batch.append(record)
        if batch.count == Self.batchSize { hand() }
    }

    /// Returns once every record added has been written; throws the first error writing 明细.csv, else the
    /// workbook's.
    func finish() throws(SpreadsheetError) {
        if threaded {
            hand()
            condition.lock()
            ended = true
            condition.broadcast()
            while !done { condition.wait() }
            condition.unlock()
        }
        if let failure = recordsFailure ?? workbookFailure { throw failure }
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
        let row = workbook.listing.row(record)
        if workbookFailure == nil {
            do throws(SpreadsheetError) { try workbook.addListingRow(row) } catch { workbookFailure = error }
        }
        if let records, recordsFailure == nil {
            do throws(SpreadsheetError) { try records.write(row) } catch { recordsFailure = error }
        }
    }
}
