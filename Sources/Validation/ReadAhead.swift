import Foundation
import Questionnaire

/// Reads returns on several threads, ahead of one caller that takes each file's records and issues strictly in
/// input order (duplicates are found in that order, so results match a sequential read byte for byte).
/// Memory stays bounded: each file's queue holds at most `capacity` events, a reader blocks while its queue is
/// full, and no file more than `window` places after the one being taken is started.
final class ReadAhead: @unchecked Sendable {
    enum Event: Sendable {
        case record(Record)
        case issue(Issue)
    }

    /// Events a reader hands over at once (a lock taken per batch, not per record).
    static let batchSize = 64
    /// Events one file's queue may hold before its reader waits for the caller.
    static let capacity = 512

    private let files: [String]
    private let reader: ReturnReader
    private let window: Int
    /// Guards every property below it.
    private let condition = NSCondition()
    private var queues: [Int: [Event]] = [:]
    private var accounts: [Int: FileAccount] = [:]
    private var nextToStart = 0
    private var taking = 0

    /// More threads would only hold more queued records: reading is bound by cores, not by waiting.
    static let maximumThreads = 64

    /// Starts `jobs` reading threads (at most one per file, and `maximumThreads`); they end when every file has
    /// been read.
    init(files: [String], reader: ReturnReader, jobs: Int) {
        self.files = files
        self.reader = reader
        let threads = min(jobs, files.count, Self.maximumThreads)
        window = 2 * threads
        for _ in 0..<threads {
            Thread.detachNewThread { [self] in readFiles() }
        }
    }

    /// Hands out file `index`'s events in the order it produced them, waiting for its reader as needed, and
    /// returns its account. Files must be taken in order 0, 1, 2, …
    func take(_ index: Int, onRecord: (Record) -> Void, onIssue: (Issue) -> Void) -> FileAccount {
        while true {
            condition.lock()
            while queues[index, default: []].isEmpty && accounts[index] == nil { condition.wait() }
            let events = queues.removeValue(forKey: index) ?? []
            // The account is set after the file's last event, so with it every event is in `events`.
            let account = accounts.removeValue(forKey: index)
            if account != nil { taking = index + 1 }
            condition.broadcast()
            condition.unlock()
            for event in events {
                switch event {
                case .record(let record): onRecord(record)
                case .issue(let issue): onIssue(issue)
                }
            }
            if let account { return account }
        }
    }

    /// One reading thread: claims the next file in input order, reads it, and repeats.
    private func readFiles() {
        while let index = claim() {
            var batch: [Event] = []
            batch.reserveCapacity(Self.batchSize)
            func add(_ event: Event) {
                batch.append(event)
                if batch.count == Self.batchSize { hand(&batch, of: index) }
            }
            let account = reader.read(file: files[index], onRecord: { add(.record($0)) }, onIssue: { add(.issue($0)) })
            hand(&batch, of: index)
            condition.lock()
            accounts[index] = account
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next file to read, once it is within the window of the file being taken; nil when none is left.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToStart < files.count && nextToStart >= taking + window { condition.wait() }
        guard nextToStart < files.count else { return nil }
        nextToStart += 1
        return nextToStart - 1
    }

    /// Moves a batch into the file's queue, waiting while the queue is full.
    private func hand(_ batch: inout [Event], of index: Int) {
        guard !batch.isEmpty else { return }
        condition.lock()
        while queues[index, default: []].count >= Self.capacity { condition.wait() }
        queues[index, default: []].append(contentsOf: batch)
        condition.broadcast()
        condition.unlock()
        batch.removeAll(keepingCapacity: true)
    }
}
