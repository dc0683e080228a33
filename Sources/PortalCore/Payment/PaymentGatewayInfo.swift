/// What the administration page shows of the payment platform's settings (never a secret).
public struct PaymentGatewayInfo: Hashable, Sendable {
    public enum Authentication: String, Hashable, Sendable {
        case basic, oauth2, mutualTLS = "mtls"
        /// The demo's platform in the same process.
        case none
    }

    /// The platform's base address; nil for the demo's platform.
    public var address: String?
    public var authentication: Authentication
    public var originatorID: String
    public var endpointID: String

    public init(address: String?, authentication: Authentication, originatorID: String, endpointID: String) {
        self.address = address
        self.authentication = authentication
        self.originatorID = originatorID
        self.endpointID = endpointID
    }
}
