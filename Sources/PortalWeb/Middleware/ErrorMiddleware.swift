import HTTPTypes
import Hummingbird
import Logging
import PortalCore

/// Turns every error into a specific German answer: JSON on API paths, text elsewhere. Anything
/// unexpected becomes a logged 500 without details, so no internals reach the client.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = translate(error, request: request)
            if apiError.status.code >= 500 {
                logger.error("request failed", metadata: [
                    "method": "\(request.method)", "path": "\(request.uri.path)", "error": "\(String(describing: error))",
                ])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == SiteRoute.health.path {
                return try JSONResponse.make(apiError.body, status: apiError.status)
            }
            return Response(
                status: apiError.status,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: .init(string: apiError.message + "\n"))
            )
        }
    }

    func translate(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as ValidationFailure:
            return APIError(.unprocessableContent, "Die Angaben sind unvollständig oder fehlerhaft.", fieldErrors: error.errors)
        case is NotFound:
            return .notFound()
        case let error as any HTTPResponseError:
            return APIError(error.status, Self.message(for: error.status))
        default:
            return APIError(.internalServerError, "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.")
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "Die Anfrage ist fehlerhaft."
        case 401: APIError.unauthorized.message
        case 403: "Sie haben keinen Zugriff auf diese Ressource."
        case 404: "Die angeforderte Adresse gibt es nicht."
        case 405: "Diese Methode ist für diese Adresse nicht erlaubt."
        case 408: "Die Anfrage hat zu lange gedauert."
        case 411: "Die Länge der Anfrage fehlt."
        case 413: "Die Anfrage ist zu groß."
        case 415: "Dieses Datenformat wird nicht unterstützt."
        case 429: "Zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es erneut."
        case 500..<600: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut."
        default: "Die Anfrage konnte nicht bearbeitet werden."
        }
    }
}
