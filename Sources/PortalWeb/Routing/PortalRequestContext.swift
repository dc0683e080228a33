import Hummingbird
import PortalCore

/// What a request carries through the middleware: for now the API key that authenticated it.
public struct PortalRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `APIKeyMiddleware` on staff API routes.
    public var apiKey: APIKey?

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }
}
