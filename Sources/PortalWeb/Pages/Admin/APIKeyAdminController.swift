import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The admins' API keys under `/intern/verwaltung/api-schluessel`: create one for an org unit with
/// what it may do (the secret is shown once, only its hash is kept), see its last use, revoke it.
struct APIKeyAdminController: Sendable {
    let keys: any APIKeyStore
    let staff: any StaffStore
    let audit: any AuditTrail
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminAPIKeys.pattern, use: list)
        router.post(SiteRoute.adminAPIKeys.pattern, use: create)
        router.post(SiteRoute.adminAPIKeyRevoke(id: "").pattern, use: revoke)
    }

    private func model(_ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, csrf: String, hasErrors: Bool) async throws
        -> APIKeysPage.Model
    {
        let language = frame.language(request)
        let words = StaffAdminText.for(language)
        let units = try await staff.orgUnits()
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows = try await keys.keys().map { key in
            APIKeysPage.Row(
                name: key.name, orgUnit: names[key.orgUnitID] ?? "",
                scopes: APIKey.Scope.allCases.filter(key.scopes.contains).map(words.scope).joined(separator: ", "),
                createdAt: frame.dateTime(key.createdAt), lastUsedAt: key.lastUsedAt.map(frame.dateTime) ?? words.never,
                revokeAction: key.revokedAt == nil ? SiteRoute.adminAPIKeyRevoke(id: key.id.description).path : nil,
                status: key.revokedAt.map { words.keyRevoked + " " + frame.dateTime($0) } ?? words.active)
        }
        let shell = frame.shell(
            request, context: context, title: words.apiKeys, hasErrors: hasErrors, staffName: admin.displayName, staffHome: StaffAccess.startPage(for: admin),
            now: now())
        return APIKeysPage.Model(
            shell: shell, rows: rows, orgUnits: units.map { (value: $0.id.description, label: $0.name) }, createAction: SiteRoute.adminAPIKeys.path,
            csrfToken: csrf)
    }

    private func noStore(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = "no-store"
        return response
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            PageFrame.response(APIKeysPage.render(try await model(request, context, admin, csrf: csrf, hasErrors: false)))
        }
    }

    @Sendable func create(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let words = StaffAdminText.for(frame.language(request))
            let form = context.form ?? FormValues()
            let name = form.text("name")
            let unitText = form.text("einheit", max: 60)
            let scopes = try form["recht"].map { value in
                guard let scope = APIKey.Scope(rawValue: value) else { throw PageError(.badRequest("recht")) }
                return scope
            }
            let unit = try await Identifier<OrgUnit>(string: unitText).asyncFlatMap { try await staff.orgUnit(id: $0) }
            var problems: [APIKey.Problem] = []
            if name.isEmpty { problems.append(.nameMissing) } else if name.count > 100 { problems.append(.nameTooLong) }
            if unit == nil { problems.append(.unknownOrgUnit) }
            if scopes.isEmpty { problems.append(.noScope) }
            guard let unit, problems.isEmpty else {
                var page = try await model(request, context, admin, csrf: csrf, hasErrors: true)
                page.enteredName = String(name.prefix(200))
                page.enteredOrgUnit = unitText
                page.enteredScopes = Set(scopes)
                for problem in problems {
                    switch problem {
                    case .nameMissing, .nameTooLong: page.nameError = words.keyProblem(problem)
                    case .unknownOrgUnit: page.orgUnitError = words.keyProblem(problem)
                    case .noScope: page.scopeError = words.keyProblem(problem)
                    }
                }
                return PageFrame.response(APIKeysPage.render(page), status: .unprocessableContent)
            }
            let secret = APIKeySecret.generate()
            let key = APIKey(id: ids(), orgUnitID: unit.id, name: name, secretHash: secret.hash, createdAt: now(), scopes: Set(scopes))
            try await keys.save(key)
            try await audit.record(
                AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: .apiKeyCreated, target: "apikey:\(key.id)", at: now()))
            var page = try await model(request, context, admin, csrf: csrf, hasErrors: false)
            page.created = (name, secret.text)
            // The secret is in this answer only: not cached, not repeated on reload.
            return noStore(PageFrame.response(APIKeysPage.render(page), status: .created))
        }
    }

    @Sendable func revoke(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, _ in
            guard let id = Identifier<APIKey>(string: try context.parameters.require("id")),
                let key = try await keys.keys().first(where: { $0.id == id })
            else { throw PageError(.notFound) }
            if try await keys.revoke(id, at: now()) {
                try await audit.record(AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: .apiKeyRevoked, target: "apikey:\(id)", at: now()))
            }
            context.flash(StaffAdminText.for(frame.language(request)).revokedNotice(key.name))
            return PageFrame.redirect(.adminAPIKeys)
        }
    }
}
