import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PortalCore
import PortalViews

/// Turns every error into a specific answer: JSON in the client's language (`Accept-Language`) on API paths, an accessible page in the
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
                logger.error(
                    "request failed",
                    metadata: [
                        "method": "\(request.method)", "path": "\(SiteRoute.loggable(request.uri.path))", "error": "\(String(describing: error))",
                    ])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == SiteRoute.health.path {
                let language = Language(acceptLanguage: request.headers[.acceptLanguage])
                return try JSONResponse.make(apiError.body(language), status: apiError.status)
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
            if status.code >= 500 { heading = text.serverErrorTitle }
            paragraphs = (error as? IntakeError).map { [IntakeText.for(text.language).message($0, text.language)] } ?? []
        case .unknownField(let name)?:
            paragraphs = [text.unknownField(name)]
        case .unknownAction?:
            paragraphs = [text.unknownAction]
        case .malformedForm?:
            paragraphs = [text.malformedForm]
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
                paragraphs = [APIText.for(text.language).status(Int(status.code))]
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
            return APIError(.unprocessableContent, fieldErrors: error.errors) { $0.invalidAnswers }
        case is NotFound:
            return .notFound()
        case let error as IntakeError:
            let status: HTTPResponse.Status =
                switch error {
                case .trustLevelTooLow: .forbidden
                case .tooManyApplications: .tooManyRequests
                case .attachmentMissing: .conflict
                case .noFreeReference: .serviceUnavailable
                case .paymentRequired: .conflict
                }
            return APIError(status) { $0.message(error) }
        case let error as PageError:
            return APIError(error.status) { $0.status(Int(error.status.code)) }
        case let error as any HTTPResponseError:
            let status = error.status
            return APIError(status) { $0.status(Int(status.code)) }
        default:
            return APIError(.internalServerError) { $0.internalError }
        }
    }
}
