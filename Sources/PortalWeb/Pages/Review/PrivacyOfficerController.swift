import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The privacy officer's record of processing activities, over every service of the authority.
struct PrivacyOfficerController: Sendable {
    let catalog: any CatalogStore
    let staff: any StaffStore
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.processingRecords.pattern, use: processingRecords)
    }

    @Sendable func processingRecords(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.privacyOfficer, .admin]) { user, _ in
            let units = try await staff.orgUnits()
            let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let services = try await catalog.services(of: Set(units.map(\.id)))
            let shell = frame.shell(
                request, context: context, title: PrivacyText.for(frame.language(request)).recordOfProcessingActivities, staffName: user.displayName,
                staffHome: .processingRecords, now: now())
            return PageFrame.response(
                ProcessingRecordsPage.render(
                    .init(
                        shell: shell, records: services.map { ($0.title, ProcessingRecord(service: $0, orgUnit: names[$0.orgUnitID] ?? "")) },
                        auditPath: SiteRoute.auditTrail.path
                    )))
        }
    }
}
