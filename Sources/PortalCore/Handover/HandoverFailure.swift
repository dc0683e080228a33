/// Why an attempt to hand a submission over failed, as staff read it on the case page. Stored as
/// a short code and detail (`http-status 503`), translated by the views; never personal data.
public enum HandoverFailure: Error, Hashable, Sendable {
    case folderMissing(String)
    case folderNotWritable(String)
    case diskFull(String)
    case receiverStatus(Int)
    /// A redirect is not followed: the receiver's address must be configured as it is.
    case receiverRedirected(Int)
    case timeout
    case connectionFailed(String)
    case tlsFailed(String)
    case noMailbox
    case channelRemoved
    case receiptMissing
    case fileMissing(String)
    case fileChanged(String)
    case other(String)

    public var stored: String {
        switch self {
        case .folderMissing(let path): "folder-missing \(path)"
        case .folderNotWritable(let path): "folder-not-writable \(path)"
        case .diskFull(let path): "disk-full \(path)"
        case .receiverStatus(let status): "receiver-status \(status)"
        case .receiverRedirected(let status): "receiver-redirected \(status)"
        case .timeout: "timeout"
        case .connectionFailed(let detail): "connection-failed \(detail)"
        case .tlsFailed(let detail): "tls-failed \(detail)"
        case .noMailbox: "no-mailbox"
        case .channelRemoved: "channel-removed"
        case .receiptMissing: "receipt-missing"
        case .fileMissing(let id): "file-missing \(id)"
        case .fileChanged(let id): "file-changed \(id)"
        case .other(let detail): "other \(detail)"
        }
    }

    public init(stored: String) {
        let parts = stored.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let code = String(parts[0])
        let detail = parts.count > 1 ? String(parts[1]) : ""
        switch code {
        case "folder-missing": self = .folderMissing(detail)
        case "folder-not-writable": self = .folderNotWritable(detail)
        case "disk-full": self = .diskFull(detail)
        case "receiver-status": self = Int(detail).map(Self.receiverStatus) ?? .other(stored)
        case "receiver-redirected": self = Int(detail).map(Self.receiverRedirected) ?? .other(stored)
        case "timeout": self = .timeout
        case "connection-failed": self = .connectionFailed(detail)
        case "tls-failed": self = .tlsFailed(detail)
        case "no-mailbox": self = .noMailbox
        case "channel-removed": self = .channelRemoved
        case "receipt-missing": self = .receiptMissing
        case "file-missing": self = .fileMissing(detail)
        case "file-changed": self = .fileChanged(detail)
        case "other": self = .other(detail)
        default: self = .other(stored)
        }
    }
}
