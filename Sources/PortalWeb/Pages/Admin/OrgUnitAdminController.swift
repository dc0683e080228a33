import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The admins' org units under `/intern/verwaltung/einheiten`: the tree, a new unit, one unit's
/// name, place in the tree, shared mailbox and approval rule. Every change is audited.
struct OrgUnitAdminController: Sendable {
    let staff: any StaffStore
    let catalog: any CatalogStore
    let audit: any AuditTrail
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminOrgUnits.pattern, use: list)
        router.post(SiteRoute.adminOrgUnits.pattern, use: create)
        router.get(SiteRoute.adminOrgUnit(id: "").pattern, use: show)
        router.post(SiteRoute.adminOrgUnit(id: "").pattern, use: change)
    }

    private func shell(_ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, title: String, hasErrors: Bool) -> PageShell {
        frame.shell(
            request, context: context, title: title, hasErrors: hasErrors, staffName: admin.displayName, staffHome: StaffAccess.startPage(for: admin),
            now: now())
    }

    /// The units as the parent select lists them, indented by depth; `excluding` a unit and those below it.
    private func parents(_ tree: OrgUnitTree, excluding: OrgUnit.ID? = nil) -> [(value: String, label: String)] {
        let hidden = excluding.map { tree.descendants(of: $0).union([$0]) } ?? []
        return tree.ordered.filter { !hidden.contains($0.unit.id) }.map { entry in
            (value: entry.unit.id.description, label: String(repeating: "– ", count: entry.depth) + entry.unit.name)
        }
    }

    private func page(
        _ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, csrf: String, entry: OrgUnitsPage.Entry, status: HTTPResponse.Status
    ) async throws -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let tree = OrgUnitTree(units: try await staff.orgUnits())
        let names = Dictionary(tree.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let services = Dictionary(grouping: try await catalog.services(of: Set(tree.units.map(\.id))), by: \.orgUnitID)
        let rows = tree.ordered.map { entry in
            let unit = entry.unit
            let details = [
                "(" + unit.slug + ")", unit.parentID.flatMap { names[$0] }.map { words.unitParent + " " + $0 }, unit.mailbox,
                unit.requiresApproval ? words.approvalYes : words.approvalNo,
            ].compactMap { $0 }.joined(separator: " · ")
            return OrgUnitsPage.Row(
                name: unit.name, path: SiteRoute.adminOrgUnit(id: unit.id.description).path, depth: entry.depth, details: details,
                services: (services[unit.id] ?? []).map(\.title).sorted())
        }
        let model = OrgUnitsPage.Model(
            shell: shell(request, context, admin, title: words.orgUnitsTitle, hasErrors: entry.hasErrors), rows: rows, parents: parents(tree),
            entry: entry, action: SiteRoute.adminOrgUnits.path, csrfToken: csrf)
        return PageFrame.response(OrgUnitsPage.render(model), status: status)
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            try await page(request, context, admin, csrf: csrf, entry: .init(), status: .ok)
        }
    }

    /// The unit as entered, the form's values to show again if it is refused, and whether the
    /// parent named is not an identifier at all (refused like an unknown one).
    private func entered(_ form: FormValues, id: OrgUnit.ID) -> (unit: OrgUnit, entry: OrgUnitsPage.Entry, badParent: Bool) {
        var entry = OrgUnitsPage.Entry()
        entry.name = form.text("name", max: 200)
        entry.slug = form.text("kurzname", max: 80).lowercased()
        entry.parent = form.text("oben", max: 60)
        entry.mailbox = form.text("postfach", max: 254).lowercased()
        entry.requiresApproval = form.first("freigabe") == "ja"
        let parent = Identifier<OrgUnit>(string: entry.parent)
        let unit = OrgUnit(
            id: id, slug: entry.slug, name: entry.name, requiresApproval: entry.requiresApproval, parentID: parent,
            mailbox: entry.mailbox.isEmpty ? nil : entry.mailbox)
        return (unit, entry, !entry.parent.isEmpty && parent == nil)
    }

    private func apply(_ problems: [OrgUnitTree.Problem], to entry: inout OrgUnitsPage.Entry, _ words: StaffAdminText) {
        for problem in problems {
            let message = words.unitProblem(problem)
            switch problem {
            case .nameMissing: entry.nameError = message
            case .slugInvalid, .slugTaken: entry.slugError = message
            case .unknownParent, .parentBelowItself: entry.parentError = message
            case .mailboxInvalid: entry.mailboxError = message
            }
        }
    }

    @Sendable func create(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let words = StaffAdminText.for(frame.language(request))
            let (unit, typed, badParent) = entered(context.form ?? FormValues(), id: ids())
            var entry = typed
            let problems = OrgUnitTree(units: try await staff.orgUnits()).check(unit) + (badParent ? [.unknownParent] : [])
            guard problems.isEmpty else {
                apply(problems, to: &entry, words)
                return try await page(request, context, admin, csrf: csrf, entry: entry, status: .unprocessableContent)
            }
            try await staff.save(unit)
            try await audit.record(AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: .orgUnitCreated, target: "orgunit:\(unit.id)", at: now()))
            context.flash(words.unitCreated(unit.name))
            return PageFrame.redirect(.adminOrgUnits)
        }
    }

    private func stored(_ context: PortalRequestContext) async throws -> OrgUnit {
        guard let id = Identifier<OrgUnit>(string: try context.parameters.require("id")), let unit = try await staff.orgUnit(id: id) else {
            throw PageError(.notFound)
        }
        return unit
    }

    private func unitPage(
        _ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, csrf: String, unit: OrgUnit, entry: OrgUnitsPage.Entry,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let tree = OrgUnitTree(units: try await staff.orgUnits())
        let services = try await catalog.services(of: [unit.id]).map(\.title).sorted()
        let members = try await staff.users().filter { $0.orgUnitIDs.contains(unit.id) && $0.isActive }.map(\.displayName)
        var model = OrgUnitsPage.Model(
            shell: shell(request, context, admin, title: words.unitOf(unit.name), hasErrors: entry.hasErrors), rows: [],
            parents: parents(tree, excluding: unit.id), entry: entry, action: SiteRoute.adminOrgUnit(id: unit.id.description).path, csrfToken: csrf)
        model.unit = (unit.name, services, members)
        return PageFrame.response(OrgUnitsPage.render(model), status: status)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let unit = try await stored(context)
            var entry = OrgUnitsPage.Entry()
            entry.name = unit.name
            entry.slug = unit.slug
            entry.parent = unit.parentID?.description ?? ""
            entry.mailbox = unit.mailbox ?? ""
            entry.requiresApproval = unit.requiresApproval
            return try await unitPage(request, context, admin, csrf: csrf, unit: unit, entry: entry, status: .ok)
        }
    }

    @Sendable func change(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let words = StaffAdminText.for(frame.language(request))
            let unit = try await stored(context)
            let (changed, typed, badParent) = entered(context.form ?? FormValues(), id: unit.id)
            var entry = typed
            let problems = OrgUnitTree(units: try await staff.orgUnits()).check(changed) + (badParent ? [.unknownParent] : [])
            guard problems.isEmpty else {
                apply(problems, to: &entry, words)
                return try await unitPage(request, context, admin, csrf: csrf, unit: unit, entry: entry, status: .unprocessableContent)
            }
            if changed != unit {
                try await staff.save(changed)
                try await audit.record(
                    AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: .orgUnitChanged, target: "orgunit:\(unit.id)", at: now()))
            }
            context.flash(words.saved)
            return PageFrame.redirect(.adminOrgUnit(id: unit.id.description))
        }
    }
}
