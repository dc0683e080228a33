import Foundation
import Hummingbird
import PortalCore

/// The public API: the catalogue, published forms, and filing submissions.
struct CatalogAPIController: Sendable {
    let catalog: any CatalogStore
    let forms: PublishedForms
    let intake: SubmissionIntake
    let timeZone: TimeZone
    let now: @Sendable () -> Date
    let limits: WebDependencies.Limits
    let throttle: Throttle
    /// A Fachverfahren or intermediary filing with its API key is not limited per client.
    let keys: APIKeyCache

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.apiServices.pattern, use: index)
        router.get(SiteRoute.apiServiceForm(slug: "").pattern, use: form)
        router.post(SiteRoute.apiSubmissionsOfService(slug: "").pattern, use: createSubmission)
    }

    @Sendable func index(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try JSONResponse.make(try await catalog.publishedServices().map(APIDocuments.ServiceItem.init))
    }

    @Sendable func form(_ request: Request, context: PortalRequestContext) async throws -> Response {
        JSONResponse.make(encoded: try await publishedForm(context).document)
    }

    @Sendable func createSubmission(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        let (service, version) = (form.service, form.version)
        let answers = try await decodeAnswers(request)
        let today = LocalDate(now(), in: timeZone)
        switch SubmissionValidator(schema: version.schema, today: today).validate(json: answers) {
        case .failure(let failure):
            throw failure
        case .success(let validated):
            var application = SubmissionIntake.Application(answers: validated, form: form)
            application.client = try await hasValidKey(request) ? nil : context.clientAddress
            let filed = try await intake.file(application)
            return try JSONResponse.make(
                APIDocuments.Receipt(
                    reference: filed.submission.reference.rawValue, receivedAt: APIDocuments.timestamp(filed.submission.receivedAt),
                    accessCode: filed.accessCode.description, acknowledgement: filed.acknowledgement.rawValue),
                status: .created
            )
        }
    }

    private func hasValidKey(_ request: Request) async throws -> Bool {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return false }
        let secret = APIKeySecret(text: String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces))
        guard secret.text.count < 200 else { return false }
        return try await keys.key(secretHash: secret.hash, now: ContinuousClock.now) != nil
    }

    private func publishedForm(_ context: PortalRequestContext) async throws -> PublishedForms.Entry {
        let slug = try context.parameters.require("slug")
        guard slug.count <= 200, let entry = try await forms.entry(slug: slug) else {
            throw APIError.notFound { $0.serviceNotFound }
        }
        return entry
    }

    /// The body must be `{"answers": {…}}` and nothing else; every other shape is a 4xx that says why.
    private func decodeAnswers(_ request: Request) async throws -> [JSONValue.Member] {
        let value = try await JSONRequestBody.value(request, limit: limits.maxJSONBodyBytes, maxDepth: 8)
        guard case .object(let members) = value else {
            throw APIError.badRequest { $0.expectedAnswersObject }
        }
        if let unknown = members.first(where: { $0.key != "answers" }) {
            throw APIError.badRequest { $0.unknownMember(String(unknown.key.prefix(100))) }
        }
        guard case .object(let answers)? = value["answers"] else {
            throw APIError.badRequest { $0.answersMissing }
        }
        guard answers.count <= limits.maxAnswers else {
            throw APIError(.contentTooLarge) { [maximum = limits.maxAnswers] in $0.tooManyAnswers(maximum) }
        }
        return answers
    }
}
