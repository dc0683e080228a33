import PortalCore
import Synchronization

/// Keeps every mail instead of sending it, for tests to read.
public final class RecordingMailSender: MailSender {
    private let sent = Mutex<[Mail]>([])

    public init() {}

    public func send(_ mail: Mail) async throws {
        sent.withLock { $0.append(mail) }
    }

    public var mails: [Mail] { sent.withLock { $0 } }
}
