/// Why a payment platform gave no transaction. In every case but `problem` the portal cannot
/// know whether the platform made one, so a request is repeated with the same `requestId`.
public enum PaymentFailure: Error, Hashable, Sendable {
    /// The platform refused with a problem answer (`functionalCode` says why).
    case problem(XBezahldienste.Problem)
    /// The platform does not accept the portal's credentials.
    case unauthorized
    /// No answer in time, or no connection.
    case unreachable(String)
    /// An answer that is no transaction (a 5xx, HTML, garbage).
    case unexpected(status: Int)
}
