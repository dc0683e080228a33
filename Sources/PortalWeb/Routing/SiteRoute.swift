import Foundation
import Hummingbird

/// Every URL of the portal. The router registers `pattern`s and views print `path`s from the same
/// cases, so a link cannot point at a route that does not exist.
public enum SiteRoute: Hashable, Sendable {
    case home
    case health
    case openAPI
    case apiServices
    case apiServiceForm(slug: String)
    case apiSubmissionsOfService(slug: String)
    case apiSubmissions
    case apiSubmission(reference: String)

    /// The concrete path for links.
    public var path: String {
        switch self {
        case .home: "/"
        case .health: "/healthz"
        case .openAPI: "/api/v1/openapi.yaml"
        case .apiServices: "/api/v1/services"
        case .apiServiceForm(let slug): "/api/v1/services/\(Self.escape(slug))/form"
        case .apiSubmissionsOfService(let slug): "/api/v1/services/\(Self.escape(slug))/submissions"
        case .apiSubmissions: "/api/v1/submissions"
        case .apiSubmission(let reference): "/api/v1/submissions/\(Self.escape(reference))"
        }
    }

    /// The pattern the router matches, with `:name` for parameters.
    public var pattern: RouterPath { RouterPath(patternText) }

    var patternText: String {
        switch self {
        case .apiServiceForm: "/api/v1/services/:slug/form"
        case .apiSubmissionsOfService: "/api/v1/services/:slug/submissions"
        case .apiSubmission: "/api/v1/submissions/:reference"
        default: path
        }
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#"])) ?? segment
    }
}
