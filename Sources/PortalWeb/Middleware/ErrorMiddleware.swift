import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PortalCore
import PortalViews

/// Turns every error into a specific answer: German JSON on API paths, an accessible page in the
/// user's language elsewhere. Anything unexpected becomes a logged 500 without details, so no
/// internals reach the client.
struct ErrorMiddleware: RouterMiddleware {
    let logger: Logger
    let frame: PageFrame
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: PortalRequestContext, next: (Request, PortalRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = translate(error, request: request)
            if apiError.status.code >= 500 {
                logger.error("request failed", metadata: [
                    "method": "\(request.method)", "path": "\(SiteRoute.loggable(request.uri.path))", "error": "\(String(describing: error))",
                ])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == SiteRoute.health.path {
                return try JSONResponse.make(apiError.body, status: apiError.status)
            }
            return page(for: error, status: apiError.status, request, context)
        }
    }

    func page(for error: any Error, status: HTTPResponse.Status, _ request: Request, _ context: PortalRequestContext) -> Response {
        let text = Strings.for(frame.language(request))
        var heading = text.badRequestTitle
        var paragraphs: [String] = []
        var link: (text: String, path: String)? = (text.backToStart, SiteRoute.home.path)
        switch (error as? PageError)?.kind {
        case nil where error is IntakeError:
            paragraphs = (error as? IntakeError).map { [IntakeText.for(text.language).message($0, text.language)] } ?? []
        case .badRequest(let message)?, .tooManyRequests(let message)?:
            paragraphs = [message]
        case .conflict(let message, let target)?:
            paragraphs = [message]
            link = target
        case .forbidden?:
            heading = text.forbiddenTitle
            paragraphs = [text.forbiddenText]
        case .noPermission(let start)?:
            let access = AccessText.for(frame.language(request))
            heading = access.noPermissionTitle
            paragraphs = [access.noPermissionText]
            link = (access.toStartPage, start)
        case .tooLarge?:
            paragraphs = [text.dataTooLarge]
        case .unsupportedMediaType?:
            paragraphs = [text.unknownFormEncoding]
        case .notFound?, nil:
            switch status.code {
            case 404, 405:
                heading = text.notFoundTitle
                paragraphs = [text.notFoundText]
            case 500...:
                heading = text.serverErrorTitle
                paragraphs = [text.serverErrorText]
            default:
                paragraphs = [Self.message(for: status)]
            }
        }
        let shell = frame.shell(request, context: context, title: heading, now: now())
        return PageFrame.response(PlainPage.render(.init(shell: shell, heading: heading, paragraphs: paragraphs, link: link)), status: status)
    }

    func translate(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as ValidationFailure:
            return APIError(.unprocessableContent, "Die Angaben sind unvollständig oder fehlerhaft.", fieldErrors: error.errors)
        case is NotFound:
            return .notFound()
        case let error as IntakeError:
            let status: HTTPResponse.Status = switch error {
            case .trustLevelTooLow: .forbidden
            case .tooManyApplications: .tooManyRequests
            case .attachmentMissing: .conflict
            case .noFreeReference: .serviceUnavailable
            }
            return APIError(status, IntakeText.api.message(error, .german))
        case let error as PageError:
            return APIError(error.status, "")
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
