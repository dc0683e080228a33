import HTTPTypes
import Hummingbird

/// Headers every response carries: no sniffing, no framing, no referrer, a strict CSP without
/// inline script or style.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let pagePolicy: String
    /// Browsers that saw the portal over https never try plain http again for a year.
    let strictTransportSecurity: Bool

    /// `formTargets`: origins a form may lead to besides the portal (identity providers' sign-in
    /// pages, reached by a POST that redirects there).
    public init(formTargets: [String] = [], strictTransportSecurity: Bool = false) {
        self.strictTransportSecurity = strictTransportSecurity
        let formAction = (["'self'"] + formTargets).joined(separator: " ")
        pagePolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action \(formAction); base-uri 'none'; frame-ancestors 'none'"
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if strictTransportSecurity {
            response.headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000; includeSubDomains"
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] =
                request.uri.path.hasPrefix("/api/")
                ? "default-src 'none'; frame-ancestors 'none'"
                : pagePolicy
        }
        return response
    }
}
