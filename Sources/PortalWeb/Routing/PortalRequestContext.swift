import Hummingbird
import HummingbirdAuth
import PortalCore

/// What a request carries through the middleware: its session, the API key that authenticated
/// it, and the decoded form body of a checked POST.
public struct PortalRequestContext: SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<PortalSession>
    /// Set by `APIKeyMiddleware` on staff API routes.
    public var apiKey: APIKey?
    /// Set by `CSRFMiddleware` on every HTML POST whose token matched.
    public var form: FormValues?
    /// File parts of a checked multipart POST, in temporary files.
    public var files: [IncomingFile] = []
    /// The client's IP address, for limits; never logged. The connection's peer, or the address a
    /// trusted proxy forwarded (`ClientAddressMiddleware`).
    public var clientAddress: String

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
