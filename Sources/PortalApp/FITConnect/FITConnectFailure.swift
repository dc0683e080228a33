/// Why a call to FIT-Connect did not work, before it becomes a `HandoverFailure` on the delivery.
public enum FITConnectFailure: Error, Hashable, Sendable {
    case unreachable(String)
    /// The token endpoint refused the client, or a fresh token was refused as well.
    case unauthorized
    /// A 4xx with its RFC 7807 problem: the status and the problem's title or detail.
    case refused(status: Int, problem: String)
    case unexpected(status: Int)
    /// An answer that is not what the API describes.
    case malformed(String)
}
