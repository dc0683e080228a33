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
    /// FIT-Connect is not set up (`FITCONNECT_…`), or the service has no LeiKa key.
    case fitConnectNotConfigured
    case noLeikaKey
    /// The Routing API knows no destination for the service and region.
    case noDestination(String)
    /// The destination is inactive, does not offer the service, or its key is not usable.
    case destinationUnusable(String)
    /// The Zustelldienst refused a step: the status and the problem's title.
    case fitConnectRefused(String)
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
        case .fitConnectNotConfigured: "fit-connect-not-configured"
        case .noLeikaKey: "no-leika-key"
        case .noDestination(let detail): "no-destination \(detail)"
        case .destinationUnusable(let detail): "destination-unusable \(detail)"
        case .fitConnectRefused(let detail): "fit-connect-refused \(detail)"
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
        case "fit-connect-not-configured": self = .fitConnectNotConfigured
        case "no-leika-key": self = .noLeikaKey
        case "no-destination": self = .noDestination(detail)
        case "destination-unusable": self = .destinationUnusable(detail)
        case "fit-connect-refused": self = .fitConnectRefused(detail)
        case "other": self = .other(detail)
        default: self = .other(stored)
        }
    }
}
