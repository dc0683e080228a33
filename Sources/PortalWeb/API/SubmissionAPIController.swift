import Foundation
import Hummingbird
import NIOCore
import PortalCore

/// The staff API for Fachverfahren and DMS: list and read the submissions of the key's org unit.
struct SubmissionAPIController: Sendable {
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let limits: WebDependencies.Limits
    let now: @Sendable () -> Date

    func register(on group: RouterGroup<PortalRequestContext>) {
        group.get(SiteRoute.apiSubmissions.pattern, use: index)
        group.get(SiteRoute.apiSubmission(reference: "").pattern, use: show)
    }

    @Sendable func index(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        let query = request.uri.queryParameters
        var after: Int64?
        if let cursor = query.get("after"), !cursor.isEmpty {
            guard cursor.count <= 19, cursor.allSatisfy(\.isNumber), let value = Int64(cursor), value >= 0 else {
                throw APIError.badRequest { $0.invalidCursor }
            }
            after = value
        }
        var limit = limits.defaultPageSize
        if let text = query.get("limit") {
            guard let value = Int(text), (1...limits.maxPageSize).contains(value) else {
                throw APIError.badRequest { [maximum = limits.maxPageSize] in $0.invalidLimit(maximum) }
            }
            limit = value
        }
        // One more than asked tells whether there is a next page without a second query.
        let rows = try await submissions.submissions(of: key.orgUnitID, after: after, limit: limit + 1)
        let page = rows.prefix(limit)
        // Written with the JSON writer rather than JSONEncoder: this is the hottest staff endpoint.
        let document = JSONValue.object([
            .init(
                "items",
                .array(
                    page.map { item in
                        .object([
                            .init("receivedAt", .string(APIDocuments.timestamp(item.receivedAt))),
                            .init("reference", .string(item.reference.rawValue)),
                            .init("service", .string(item.serviceSlug)),
                            .init("status", .string(item.status.rawValue)),
                            .init("test", .bool(item.isTest)),
                        ])
                    })),
            .init("next", rows.count > limit ? page.last.map { .string(String($0.sequence)) } ?? .null : .null),
        ])
        return JSONResponse.make(encoded: ByteBuffer(string: document.jsonText))
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        // Unknown, malformed and other units' references look the same from outside.
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            submission.orgUnitID == key.orgUnitID,
            let service = try await catalog.service(id: submission.serviceID),
            let version = try await catalog.formVersion(id: submission.formVersionID),
            let caseFile = try await submissions.caseFile(of: submission.id)
        else { throw APIError.notFound { $0.submissionNotFound } }
        // A program reading personal data is audited like a person opening the case.
        try await submissions.recordAPIRead(of: submission.id, by: key.id, at: now())
        return try JSONResponse.make(
            APIDocuments.SubmissionDocument(
                reference: submission.reference.rawValue,
                service: service.slug,
                formVersion: version.number,
                status: caseFile.status.rawValue,
                receivedAt: APIDocuments.timestamp(submission.receivedAt),
                handedOverAt: submission.handedOverAt.map(APIDocuments.timestamp),
                fee: submission.fee,
                test: submission.isTest,
                trustLevel: submission.trustLevel?.rawValue,
                answers: Self.inFormOrder(submission.answers, schema: version.schema),
                statusHistory: caseFile.history.map {
                    .init(from: $0.from.rawValue, to: $0.to.rawValue, at: APIDocuments.timestamp($0.at), note: $0.note)
                }
            ))
    }

    private func requireKey(_ context: PortalRequestContext) throws -> APIKey {
        guard let key = context.apiKey else { throw APIError.unauthorized }
        return key
    }

    static func inFormOrder(_ answers: JSONValue, schema: FormSchema) -> JSONValue {
        guard case .object(let members) = answers else { return answers }
        let position = Dictionary(schema.fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        return .object(members.sorted { (position[$0.key] ?? .max, $0.key) < (position[$1.key] ?? .max, $1.key) })
    }
}
