import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Several instances on one database")
struct SeveralInstancesTests {
    @Test("A version published and a hand-over channel added on one instance apply on the other with the next request", arguments: TestDatabaseKind.allCases)
    func catalogueAtOnce(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.secondInstance { other in
                try await other.application().test(.router) { second in
                    // The second instance has read and cached version 1.
                    let before = try await second.get(Paths.form)
                    #expect(before.json?["version"] == .number(1))
                    #expect(try await second.get("/api/v1/services").text.contains("Brunnenbohrung"))

                    var schema = DemoCatalog.wellDrillingForm
                    schema.steps[0].title = "Angaben zur Person (neu)"
                    try await test.portal.catalog.publish(
                        FormVersion(id: .init(UUID()), serviceID: DemoCatalog.wellDrilling.id, number: 2, schema: schema, publishedAt: TestClock.now))
                    let after = try await second.get(Paths.form)
                    #expect(after.json?["version"] == .number(2))
                    #expect(after.text.contains("Angaben zur Person (neu)"))

                    // A service taken offline on the first is gone from the second's list at once.
                    try await test.portal.catalog.modifyService(DemoCatalog.wellDrilling.id) { $0.isPublished = false }
                    #expect(!(try await second.get("/api/v1/services").text.contains("Brunnenbohrung")))
                    #expect(try await second.get(Paths.form).status == .notFound)
                    try await test.portal.catalog.modifyService(DemoCatalog.wellDrilling.id) { $0.isPublished = true }

                    // A channel added on the first instance takes the next submission filed on the second.
                    let channel = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .pull).channel
                    let reference = try #require(try await SubmissionAPITests.file(1, client: second).first)
                    let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                    #expect(try await test.portal.handover.deliveries(of: submission.id).map(\.channelID) == [channel.id])
                }
            }
        }
    }

    @Test("Every catalogue write moves the stamp on; reads do not", arguments: TestDatabaseKind.allCases)
    func stamp(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let catalog = test.portal.catalog
            var last = try await catalog.stamp()
            func movedOn() async throws -> Bool {
                let now = try await catalog.stamp()
                defer { last = now }
                return now > last
            }
            _ = try await catalog.publishedServices()
            _ = try await catalog.service(slug: DemoCatalog.wellDrilling.slug)
            #expect(try await !movedOn())
            try await catalog.modifyService(DemoCatalog.wellDrilling.id) { $0.title = "Brunnenbohrung anzeigen (neu)" }
            #expect(try await movedOn())
            try await catalog.save(DemoCatalog.wellDrilling)
            #expect(try await movedOn())
            let channel = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .pull).channel
            #expect(try await movedOn())
            try await test.portal.handover.remove(channel.id, at: TestClock.now)
            #expect(try await movedOn())
        }
    }
}
