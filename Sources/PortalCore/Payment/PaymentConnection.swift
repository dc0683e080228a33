/// What "Verbindung testen" found: the portal asks the platform for a transaction that does not
/// exist; a "not found" answer proves address, credentials and certificates.
public enum PaymentConnection: Hashable, Sendable, Codable {
    case works
    case credentialsRefused
    case unreachable
    /// The platform answered, but not as the interface says (HTTP status).
    case unexpected(status: Int)
    /// Refused with a functional code other than "not found" (originator or endpoint unknown …).
    case refused(code: String)

    /// The meaning of the platform's answer to reading a transaction that does not exist.
    public static func judge(_ failure: PaymentFailure?) -> PaymentConnection {
        switch failure {
        case nil: .works
        case .problem(let problem)?:
            problem.status == 404 || problem.functionalCode == "TRANSACTION_NOT_FOUND"
                ? .works
                : problem.status == 401 || problem.status == 403 ? .credentialsRefused : .refused(code: problem.functionalCode ?? "HTTP \(problem.status)")
        case .unauthorized?: .credentialsRefused
        case .unreachable?: .unreachable
        case .unexpected(let status)?: status == 404 ? .works : .unexpected(status: status)
        }
    }
}
