import HTTPTypes
import Hummingbird

/// Replaces the peer address by the client a trusted proxy names (see `ClientAddress`).
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let trusted: [AddressRange]
    static let forwarded = HTTPField.Name("Forwarded")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !trusted.isEmpty else { return try await next(request, context) }
        var context = context
        context.clientAddress = ClientAddress.resolve(
            peer: context.clientAddress, forwarded: request.headers[values: Self.forwarded],
            forwardedFor: request.headers[values: Self.forwardedFor], trusted: trusted
        )
        return try await next(request, context)
    }
}
