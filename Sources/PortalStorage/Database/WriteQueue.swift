import Logging
import Metrics
import SQLKit
import Synchronization

/// The one write path of a process. Writes wait in a queue; a single loop takes everything that is
/// waiting and commits it in one transaction (group commit); a failing write is rolled back alone. Every caller is answered only after the commit, so nothing
/// is acknowledged that is not durable, and one fsync serves many submissions.
final class WriteQueue: Sendable {
    typealias Session = @Sendable (@escaping @Sendable (any SQLDatabase) async throws -> [@Sendable () -> Void]) async throws -> [@Sendable () -> Void]

    private struct Item: Sendable {
        /// Runs the write; returns what answers the caller once the transaction has committed.
        let work: @Sendable (any SQLDatabase) async throws -> @Sendable () -> Void
        let fail: @Sendable (any Error) -> Void
        /// Set for a write that can run together with others of its kind (`WriteBatch`).
        var batched: Batched?
        /// When it joined the queue: the wait until its transaction begins is a metric.
        var enqueuedAt = ContinuousClock.now
    }

    /// How long writes waited for the write path (the connection) before their transaction began:
    /// the database's pool wait, as `/metrics` shows it.
    static let waits = Timer(label: "serviceportal_database_write_wait_seconds", preferredDisplayUnit: .seconds)

    private struct Batched: Sendable {
        let key: String
        let element: any Sendable
        /// Runs the elements of every item of this key.
        let run: @Sendable ([any Sendable], any SQLDatabase) async throws -> Void
        let succeed: @Sendable () -> Void
    }

    private final class Pending: Sendable {
        let state = Mutex<(items: [Item], closed: Bool)>(([], false))
    }

    private let pending = Pending()
    private let wake: AsyncStream<Void>.Continuation
    private let loop: Mutex<Task<Void, Never>?> = Mutex(nil)

    init(begin: String, maxBatch: Int = 256, logger: Logger, session: @escaping Session) {
        let (stream, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        self.wake = wake
        let task = Task { [pending] in
            for await _ in stream {
                while true {
                    let batch: [Item] = pending.state.withLock { state in
                        let taken = Array(state.items.prefix(maxBatch))
                        state.items.removeFirst(taken.count)
                        return taken
                    }
                    if batch.isEmpty { break }
                    let begins = ContinuousClock.now
                    for item in batch {
                        let waited = (begins - item.enqueuedAt).components
                        Self.waits.recordNanoseconds(waited.seconds * 1_000_000_000 + waited.attoseconds / 1_000_000_000)
                    }
                    await Self.commit(batch, begin: begin, session: session, logger: logger)
                }
            }
        }
        loop.withLock { $0 = task }
    }

    /// Runs `work` inside the next group transaction and returns its result after commit.
    func write<T: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let item = Item(
                work: { database in
                    let value = try await work(database)
                    return { continuation.resume(returning: value) }
                },
                fail: { continuation.resume(throwing: $0) }
            )
            enqueue(item)
        }
    }

    /// Writes `element` with the others of its kind waiting in the next group (see `WriteBatch`).
    func write<Element: Sendable>(_ element: Element, batch: WriteBatch<Element>) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            var item = Item(
                work: { database in
                    try await batch.run([element], database)
                    return { continuation.resume() }
                },
                fail: { continuation.resume(throwing: $0) }
            )
            item.batched = Batched(
                // The element type is part of the key, so elements of two kinds never meet in one run.
                key: batch.key + "|" + String(reflecting: Element.self), element: element,
                run: { elements, database in try await batch.run(elements.compactMap { $0 as? Element }, database) },
                succeed: { continuation.resume() }
            )
            enqueue(item)
        }
    }

    private func enqueue(_ item: Item) {
        let accepted = pending.state.withLock { state in
            guard !state.closed else { return false }
            state.items.append(item)
            return true
        }
        if accepted {
            wake.yield()
        } else {
            item.fail(StorageClosed())
        }
    }

    /// Finishes every write already queued, then refuses new ones.
    func close() async {
        pending.state.withLock { $0.closed = true }
        wake.finish()
        await loop.withLock { $0 }?.value
    }

    /// The batch runs optimistically in one transaction without savepoints (a savepoint and its
    /// release would double the statements of a small write), writes of one `WriteBatch` kind together. If any write fails,
    /// the whole transaction is rolled back and each write is run again alone, so only the failing
    /// one fails. Writes are pure database work, so running one twice is safe.
    private static func commit(_ batch: [Item], begin: String, session: Session, logger: Logger) async {
        if batch.count == 1 {
            await commitAlone(batch[0], begin: begin, session: session, logger: logger)
            return
        }
        do {
            let answers = try await session { database in
                try await database.raw(SQLQueryString(begin)).run()
                do {
                    var answers: [@Sendable () -> Void] = []
                    answers.reserveCapacity(batch.count)
                    var kinds: [String: [Batched]] = [:]
                    var order: [String] = []
                    for item in batch {
                        if let batched = item.batched {
                            if kinds[batched.key] == nil { order.append(batched.key) }
                            kinds[batched.key, default: []].append(batched)
                        } else {
                            answers.append(try await item.work(database))
                        }
                    }
                    for key in order {
                        let items = kinds[key] ?? []
                        try await items[0].run(items.map(\.element), database)
                        answers.append(contentsOf: items.map(\.succeed))
                    }
                    try await database.raw("COMMIT").run()
                    return answers
                } catch {
                    try? await database.raw("ROLLBACK").run()
                    throw error
                }
            }
            for answer in answers { answer() }
        } catch {
            for item in batch {
                await commitAlone(item, begin: begin, session: session, logger: logger)
            }
        }
    }

    /// One write in its own transaction. An error thrown by the write itself goes back to its
    /// caller only; an error of the transaction (BEGIN, COMMIT) is logged as well.
    private static func commitAlone(_ item: Item, begin: String, session: Session, logger: Logger) async {
        do {
            let answers = try await session { database in
                try await database.raw(SQLQueryString(begin)).run()
                let answer: @Sendable () -> Void
                do {
                    answer = try await item.work(database)
                } catch {
                    try await database.raw("ROLLBACK").run()
                    return [{ item.fail(error) }]
                }
                do {
                    try await database.raw("COMMIT").run()
                } catch {
                    try? await database.raw("ROLLBACK").run()
                    throw error
                }
                return [answer]
            }
            for answer in answers { answer() }
        } catch {
            // `describing`, not `reflecting`: driver errors' debug text contains the query and its binds.
            logger.error("write transaction failed", metadata: ["error": "\(String(describing: error))"])
            item.fail(error)
        }
    }
}

/// The database is shutting down and takes no more writes.
public struct StorageClosed: Error, Sendable {}
