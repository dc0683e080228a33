import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The privacy officer's record of processing activities, over every service of the authority.
struct PrivacyOfficerController: Sendable {
    let catalog: any CatalogStore
    let staff: any StaffStore
    let retention: any RetentionStore
    let scheduleLease: any ScheduleLease
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let timeZone: TimeZone

    /// Lines on the page; the CSV carries up to `exportLimit`.
    static let pageLimit = 500
    static let exportLimit = 100_000

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.processingRecords.pattern, use: processingRecords)
        router.get(SiteRoute.deletionLog.pattern, use: deletionLog)
        router.get(SiteRoute.deletionLogExport.pattern, use: exportDeletionLog)
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
                        auditPath: SiteRoute.auditTrail.path, deletionLogPath: SiteRoute.deletionLog.path
                    )))
        }
    }

    @Sendable func deletionLog(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.privacyOfficer, .admin]) { user, _ in
            let language = frame.language(request)
            let words = RetentionText.for(language)
            let shell = frame.shell(
                request, context: context, title: words.deletionLog, staffName: user.displayName, staffHome: .processingRecords, now: now())
            let titles = try await serviceTitles()
            let lines = try await retention.deletionLog(limit: Self.pageLimit).map { record in
                DeletionLogPage.Line(
                    when: frame.dateTime(record.ranAt), service: record.serviceID.map { titles[$0] ?? $0.description } ?? words.administration,
                    stage: words.stage(record.stage), action: words.action(record.action),
                    count: words.countText(record.count))
            }
            return PageFrame.response(
                DeletionLogPage.render(
                    .init(
                        shell: shell, lines: lines, lastRun: try await scheduleLease.lastRun(of: RetentionPolicy.dailyRunName).map(frame.dateTime),
                        exportPath: SiteRoute.deletionLogExport.path, backPath: SiteRoute.processingRecords.path)))
        }
    }

    /// The log as CSV, newest first, with the stage and action as stored (stable for scripts).
    @Sendable func exportDeletionLog(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.privacyOfficer, .admin]) { _, _ in
            let words = RetentionText.for(frame.language(request))
            let titles = try await serviceTitles()
            var csv = "\u{FEFF}" + CSVText.line([words.when, words.service, words.stageColumn, words.actionColumn, words.number])
            let format = Date.ISO8601FormatStyle(timeZone: timeZone)
            for record in try await retention.deletionLog(limit: Self.exportLimit) {
                csv += CSVText.line([
                    record.ranAt.formatted(format), record.serviceID.map { titles[$0] ?? $0.description } ?? words.administration, record.stage.rawValue,
                    record.action.rawValue, "\(record.count)",
                ])
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "private, no-store",
                    .contentDisposition: "attachment; filename=\"loeschprotokoll.csv\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
        }
    }

    private func serviceTitles() async throws -> [Service.ID: String] {
        let units = try await staff.orgUnits()
        return Dictionary(try await catalog.services(of: Set(units.map(\.id))).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }
}
