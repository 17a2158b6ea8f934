import Foundation
import Spreadsheet

/// The progress line on stderr while returns are read: files done of all, records read, records a second.
/// Drawn only when stderr is a terminal (so never in --quiet, which points stderr at /dev/null), first after
/// a second, then four times a second in place (\r); erased when reading ends, so it never stays behind.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let language: Language
    private let start = Date()
    private let enabled: Bool
    /// Records counted on the reading thread, published to `records` every 1,024 so the hot path takes no lock
    /// for each record.
    private var counted = 0
    /// Guards every property below it.
    private let lock = NSLock()
    private var filesStarted = 0
    private var records = 0
    private var drawnWidth = 0
    private var finished = false

    init(files: Int, language: Language, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        total = files
        self.language = language
        self.enabled = enabled
        guard enabled else {
            finished = true
            return
        }
        Thread.detachNewThread { [self] in redrawUntilFinished() }
    }

    /// Called as each file starts (the previous ones are done).
    func fileStarted(_ file: String) {
        guard enabled else { return }
        lock.withLock { filesStarted += 1 }
    }

    func recordRead() {
        guard enabled else { return }
        counted += 1
        if counted & 1023 == 0 { lock.withLock { records = counted } }
    }

    /// Erases the line; nothing is drawn after this.
    func finish() {
        lock.withLock {
            finished = true
            if drawnWidth > 0 { write("\r" + String(repeating: " ", count: drawnWidth) + "\r") }
        }
    }

    private func redrawUntilFinished() {
        while true {
            Thread.sleep(forTimeInterval: 0.25)
            let stop = lock.withLock { () -> Bool in
                guard !finished else { return true }
                let elapsed = Date().timeIntervalSince(start)
                guard elapsed >= 1 else { return false }
                let text = line(elapsed: elapsed)
                let width = DisplayWidth.columns(of: text)
                write("\r" + text + String(repeating: " ", count: max(drawnWidth - width, 0)))
                drawnWidth = max(drawnWidth, width)
                return false
            }
            if stop { return }
        }
    }

    /// `读取中：文件 3/12，记录 120000 条，每秒 80000 条`.
    private func line(elapsed: Double) -> String {
        let done = max(filesStarted - 1, 0)
        let rate = Int(Double(records) / elapsed)
        return language == .zh
            ? "读取中：文件 \(done)/\(total)，记录 \(records) 条，每秒 \(rate) 条"
            : "Reading: \(done)/\(total) files, \(records) records, \(rate) records/s"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
