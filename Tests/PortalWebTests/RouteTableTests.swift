import Foundation
import PortalViews
import Testing

@testable import PortalWeb

@Suite("Route table: every link leads to the handler registered for it")
struct RouteTableTests {
    /// One example of every route (`everyRouteHasAnExample` checks that none is missing).
    static let examples: [SiteRoute] =
        [
            .home,
            .service(slug: "brunnenbohrung"),
            .servicePrivacy(slug: "brunnenbohrung"),
            .serviceContact(slug: "brunnenbohrung"),
            .contactMessages,
            .adminPages,
            .adminPage(slug: "brunnenbohrung"),
            .adminSignLanguageVideos,
            .adminSignLanguageVideoRemove(id: "00000000-0000-4000-8000-000000000001"),
            .signLanguageMedia(id: "00000000-0000-4000-8000-000000000001", file: "video.mp4"),
            .formStart(slug: "brunnenbohrung"),
            .formStep(slug: "brunnenbohrung", step: 2),
            .formCheck(slug: "brunnenbohrung"),
            .formReceived(slug: "brunnenbohrung"),
            .formFile(slug: "brunnenbohrung", id: "00000000-0000-4000-8000-000000000001"),
            .formSaved(slug: "brunnenbohrung"),
            .formResumed(slug: "brunnenbohrung"),
            .resume(token: "t0k3n"),
            .staffFile(reference: "BRU-2026-AB12-CD34", id: "00000000-0000-4000-8000-000000000001"),
            .language(code: "en", returnTo: "/leistungen"),
            .extendSession,
            .staffLogin,
            .staffLogout,
            .staffSignInCode,
            .staffDirectorySignIn,
            .staffDirectoryReturn,
            .staffSecondFactor,
            .staffOwnAccess,
            .staffOwnPassword,
            .staffOwnEmail,
            .staffEmailConfirm(token: "t0k3n"),
            .staffSetPassword(token: "t0k3n"),
            .administration,
            .adminStaff,
            .adminStaffAccount(id: "00000000-0000-4000-8000-000000000001"),
            .adminAPIKeys,
            .adminOrgUnits,
            .adminOrgUnit(id: "0a000000-0000-4000-8000-000000000001"),
            .adminAPIKeyRevoke(id: "00000000-0000-4000-8000-000000000001"),
            .adminSettings,
            .portalLogo(file: "3fa2c1d07b.png"),
            .accentStylesheet(file: "1a5e20.css"),
            .inbox(.init(search: "müller")),
            .staffSubmission(reference: "BRU-2026-AB12-CD34"),
            .staffStatus(reference: "BRU-2026-AB12-CD34"),
            .staffAssignment(reference: "BRU-2026-AB12-CD34"),
            .staffBulkStatus,
            .staffSavedViews,
            .staffSavedViewDelete(id: "00000000-0000-4000-8000-000000000001"),
            .staffNotes(reference: "BRU-2026-AB12-CD34"),
            .staffFollowUp(reference: "BRU-2026-AB12-CD34"),
            .staffDeliveryRetry(reference: "BRU-2026-AB12-CD34", channel: "0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11"),
            .editorHome,
            .editorCreate,
            .editorService(slug: "brunnenbohrung"),
            .editorEntry(slug: "brunnenbohrung"),
            .editorDraft(slug: "brunnenbohrung"),
            .editorStep(slug: "brunnenbohrung", step: 2),
            .editorField(slug: "brunnenbohrung", step: 2, key: "vorname"),
            .editorPreview(slug: "brunnenbohrung", step: 2),
            .editorPublish(slug: "brunnenbohrung"),
            .editorPrivacy(slug: "brunnenbohrung"),
            .editorPayment(slug: "brunnenbohrung"),
            .payments,
            .paymentsExport,
            .adminPaymentPlatform,
            .accountPay(reference: "BRU-2026-AB12-CD34"),
            .casePay(reference: "BRU-2026-AB12-CD34"),
            .staffPaymentRequest(reference: "BRU-2026-AB12-CD34"),
            .payment(id: "00000000-0000-4000-8000-000000000001"),
            .testPayPage(id: "c0ffee"),
            .editorRules(slug: "brunnenbohrung"),
            .testStart(slug: "brunnenbohrung"),
            .testEnd(slug: "brunnenbohrung"),
            .accountRegister,
            .accountVerify(token: "t0k3n"),
            .accountLogin,
            .accountLogout,
            .accountForgot,
            .accountReset(token: "t0k3n"),
            .accountHome,
            .accountCase(reference: "BRU-2026-AB12-CD34"),
            .caseLookup,
            .caseStatus(reference: "BRU-2026-AB12-CD34"),
            .accountReceipt(reference: "BRU-2026-AB12-CD34"),
            .caseReceipt(reference: "BRU-2026-AB12-CD34"),
            .accountMessages(reference: "BRU-2026-AB12-CD34"),
            .caseMessages(reference: "BRU-2026-AB12-CD34"),
            .staffMessages(reference: "BRU-2026-AB12-CD34"),
            .accountWithdraw(reference: "BRU-2026-AB12-CD34"),
            .caseWithdraw(reference: "BRU-2026-AB12-CD34"),
            .accountDecision(reference: "BRU-2026-AB12-CD34"),
            .caseDecision(reference: "BRU-2026-AB12-CD34"),
            .staffDecision(reference: "BRU-2026-AB12-CD34"),
            .staffDocumentRequest(reference: "BRU-2026-AB12-CD34"),
            .accountDocuments(reference: "BRU-2026-AB12-CD34"),
            .accountExport,
            .accountFile(reference: "BRU-2026-AB12-CD34", id: "00000000-0000-4000-8000-000000000001"),
            .caseFile(reference: "BRU-2026-AB12-CD34", id: "00000000-0000-4000-8000-000000000001"),
            .accountProfile,
            .accountEmail,
            .accountEmailConfirm(token: "t0k3n"),
            .accountDelete,
            .accountExternalStart(provider: "bundid"),
            .accountExternalReturn(provider: "bundid"),
            .accountExternalUnlink(provider: "bundid"),
            .caseDocuments(reference: "BRU-2026-AB12-CD34"),
            .reviewHome,
            .processingRecords,
            .auditTrail,
            .auditExport,
            .auditLegalHold(reference: "BRU-2026-AB12-CD34"),
            .staffLegalHold(reference: "BRU-2026-AB12-CD34"),
            .deletionLog, .deletionLogExport,
            .feedback, .openDataIndex, .fachdatenSchema(service: "brunnenbohrung", version: 3), .fitConnectCallback, .ratingComments, .ratingComment(id: "17"),
            .statistics,
            .review(slug: "brunnenbohrung"),
            .stylesheet,
            .script,
            .health, .readiness,
            .openAPI,
            .apiServices,
            .apiServiceForm(slug: "brunnenbohrung"),
            .apiSubmissionsOfService(slug: "brunnenbohrung"),
            .apiSubmissions,
            .apiSubmission(reference: "BRU-2026-AB12-CD34"),
            .apiSubmissionFile(reference: "BRU-2026-AB12-CD34", file: "0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11"),
            .apiSubmissionAcknowledgement(reference: "BRU-2026-AB12-CD34"),
            .apiSubmissionStatus(reference: "BRU-2026-AB12-CD34"),
            .apiSubmissionMessages(reference: "BRU-2026-AB12-CD34"),
            .apiSubmissionDocumentRequests(reference: "BRU-2026-AB12-CD34"),
            .apiSubmissionDecision(reference: "BRU-2026-AB12-CD34"),
            .adminHandover, .adminHandoverRemove(id: "0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11"),
            .adminHandoverRotate(id: "0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11"),
        ] + SiteRoute.LegalPage.allCases.map { .legal($0) } + SiteRoute.OpenDataFile.allCases.map { .openData($0) }
        + StatisticsPage.Table.allCases.map { .statisticsTable($0) }

    @Test("Every route of the table has an example here")
    func everyRouteHasAnExample() throws {
        // The cases as written in the route table, read from its source so a new case cannot be forgotten.
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PortalWeb/Routing/SiteRoute.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        let table = source.components(separatedBy: "public var path: String")[0]
        let cases = Set(table.matches(of: /\n\s*case (\w+)/).map { String($0.1) })
            .subtracting(SiteRoute.LegalPage.allCases.map { "\($0)" })
        #expect(cases.count > 80)
        let covered = Set(Self.examples.map(Self.name))
        #expect(cases.subtracting(covered).isEmpty, "no example: \(cases.subtracting(covered).sorted())")
    }

    /// The case name of a route (`formStep` for `.formStep(slug:step:)`).
    static func name(_ route: SiteRoute) -> String {
        Mirror(reflecting: route).children.first?.label ?? "\(route)"
    }

    @Test("The path printed for a link matches the pattern the router registers, segment by segment")
    func pathsMatchPatterns() {
        for route in Self.examples {
            let path = route.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
            let segments = path.split(separator: "/", omittingEmptySubsequences: false)
            let pattern = route.patternText.split(separator: "/", omittingEmptySubsequences: false)
            #expect(segments.count == pattern.count, "\(route): \(path) against \(route.patternText)")
            for (segment, expected) in zip(segments, pattern) {
                if expected.hasPrefix(":") {
                    #expect(!segment.isEmpty, "\(route): empty parameter \(expected)")
                } else {
                    #expect(segment == expected, "\(route): \(path) against \(route.patternText)")
                }
            }
        }
    }

    @Test("Every route has its own pattern, so no two handlers compete for one address")
    func patternsAreDistinct() {
        let patterns = Self.examples.map(\.patternText)
        let duplicates = Dictionary(grouping: patterns, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "\(duplicates)")
    }
}
