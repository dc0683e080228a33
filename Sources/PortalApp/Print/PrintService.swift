import Crypto
import Foundation
import Logging
import PortalCore

#if canImport(Glibc)
    import Glibc
#endif

/// Hands decisions that go by post to the print service (Druckdienstleister): collects them into a
/// batch and writes `<folder>/<batch>/` with each decision's PDF (`<reference>.pdf`) and
/// `manifest.csv`.
///
/// Collecting is one transaction; writing follows. The folder is written under a hidden temporary
/// name and renamed when complete, like the hot folder, and only then is the batch marked written.
/// A batch cut off by a crash is written by the next run; a folder already there under its final
/// name is that batch, complete.
public struct PrintService: Sendable {
    public let folder: URL
    let batches: any PrintBatchStore
    let decisions: any DecisionStore
    let submissions: any SubmissionStore
    let catalog: any CatalogStore
    let uploads: any UploadStore
    let timeZone: TimeZone
    let logger: Logger

    /// What went wrong, in the operator's words.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Collects every decision to go by post delivered before `cutoff`, then writes every batch not
    /// yet written (this one and any a crash left). Returns the batches written.
    @discardableResult
    public func run(cutoff: Date, now: Date) async throws -> [PrintBatch] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(message: "Den Ordner des Druckdienstes \(folder.path) gibt es nicht.")
        }
        var id = PrintBatch.id(at: now, timeZone: timeZone)
        var attempt = 1
        while true {
            do {
                _ = try await batches.collect(into: id, deliveredBefore: cutoff, at: now)
                break
            } catch is BatchExists {
                attempt += 1
                guard attempt < 100 else { throw Failure(message: "Zu viele Druckstapel in derselben Sekunde.") }
                id = PrintBatch.id(at: now, timeZone: timeZone) + "-\(attempt)"
            }
        }
        var written: [PrintBatch] = []
        for (batchID, cases) in try await batches.unwritten() {
            let batch = try await write(batchID, cases)
            try await batches.markWritten(batchID, at: now)
            logger.info("print batch written", metadata: ["batch": "\(batchID)", "letters": "\(batch.items.count)"])
            written.append(batch)
        }
        return written
    }

    private func write(_ id: String, _ cases: [Submission.ID]) async throws -> PrintBatch {
        var items: [PrintBatch.Item] = []
        var files: [(name: String, file: UploadedFile)] = []
        for submissionID in cases {
            guard let submission = try await submissions.submission(id: submissionID), let decision = try await decisions.decision(of: submissionID) else {
                throw Failure(message: "Der Bescheid zu \(submissionID) fehlt.")
            }
            let schema = try await catalog.formVersion(id: submission.formVersionID)?.schema
            guard let recipient = PostalRecipient.of(submission, schema: schema) else {
                throw Failure(message: "Der Antrag \(submission.reference.rawValue) nennt keinen Namen oder keine Anschrift für den Postversand.")
            }
            let item = PrintBatch.Item(reference: submission.reference, recipient: recipient, pages: nil, sha256: decision.file.sha256)
            items.append(item)
            files.append((item.fileName, decision.file))
        }
        let final = folder.appendingPathComponent(id, isDirectory: true)
        let temporary = folder.appendingPathComponent(".\(id).tmp", isDirectory: true)
        if FileManager.default.fileExists(atPath: final.path) {
            return PrintBatch(id: id, items: try pagesRead(items, in: final))
        }
        if FileManager.default.fileExists(atPath: temporary.path) { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            for (index, entry) in files.enumerated() {
                let data = try await contents(entry.file)
                items[index].pages = PDFPageCount.of(data)
                try HotFolderCarrier.write(data, to: temporary.appendingPathComponent(entry.name))
            }
            let batch = PrintBatch(id: id, items: items)
            try HotFolderCarrier.write(Data(batch.manifest.utf8), to: temporary.appendingPathComponent(PrintBatch.manifestName))
            try HotFolderCarrier.synchronize(directory: temporary.path)
            try HotFolderCarrier.rename(temporary.path, to: final.path, folder: folder.path)
            try HotFolderCarrier.synchronize(directory: folder.path)
            return batch
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "Der Druckstapel \(id) konnte nicht geschrieben werden: \(HotFolderCarrier.failure(error, folder: folder.path))")
        }
    }

    /// A batch found complete under its final name: its page counts from the files there.
    private func pagesRead(_ items: [PrintBatch.Item], in folder: URL) throws -> [PrintBatch.Item] {
        try items.map { item in
            var item = item
            item.pages = PDFPageCount.of(try Data(contentsOf: folder.appendingPathComponent(item.fileName)))
            return item
        }
    }

    private func contents(_ file: UploadedFile) async throws -> Data {
        var data = Data()
        for try await chunk in uploads.contents(of: file.id) { data.append(chunk) }
        guard data.count == file.size, SHA256.hash(data: data).map({ String(format: "%02x", $0) }).joined() == file.sha256 else {
            throw Failure(message: "Die Datei des Bescheids \(file.id) ist verändert oder unvollständig.")
        }
        return data
    }
}
