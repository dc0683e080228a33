/// A payment platform with the XBezahldienste interface: the real one over HTTP
/// (`PaymentPlatform`) or the demo's test platform in the same process.
public protocol PaymentGateway: Sendable {
    /// Money moves only at a real platform; a test platform's pages say "Testzahlung".
    var isTest: Bool { get }
    /// The settings in force, for the administration page.
    var info: PaymentGatewayInfo { get }
    /// Creates the transaction (or, for a `requestId` the platform knows, answers the one it made).
    func create(_ order: PaymentOrder, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction
    /// The platform's current report of one transaction.
    func transaction(_ id: String, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction
}
