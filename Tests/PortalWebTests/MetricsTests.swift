import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@testable import PortalApp

@Suite("Metrics and readiness")
struct MetricsTests {
    /// The value of the first line that starts with `prefix` (a metric with its labels).
    static func value(_ text: String, _ prefix: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test("/metrics: requests by route and status, filings, jobs by kind and outcome; the queue's state from the database; only with the token")
    func metrics() async throws {
        let registry = PortalMetrics.registry
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                _ = try await SubmissionAPITests.file(1, client: client)
                #expect(try await client.get("/gibt-es-nicht").status == .notFound)
            }
            try await test.worker().runOnce()
            // A job due two minutes ago that nobody ran: the alert's figure.
            try await test.portal.jobs.enqueue(
                Job(id: test.ids.generator(), kind: .documentReminder, payload: "x", runAt: TestClock.now.addingTimeInterval(-120)))
            let server = MetricsServer(registry: registry, jobs: test.portal.jobs, outbox: test.portal.outbox, token: "ein-langes-metrik-token", now: test.now)
            try await Application(router: server.router()).test(.router) { client in
                #expect(try await client.execute(uri: "/metrics", method: .get).status == .unauthorized)
                let wrong = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer falsch"])
                #expect(wrong.status == .unauthorized)
                let response = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer ein-langes-metrik-token"])
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                let filed = text.split(separator: "\n").first {
                    $0.hasPrefix("hb_requests{") && $0.contains(#"http_route="/api/v1/services/{slug}/submissions""#)
                        && $0.contains(#"http_response_status_code="201""#)
                }
                #expect(filed != nil, "\(text.prefix(3000))")
                #expect(text.contains("# TYPE http_server_request_duration histogram"))
                #expect((Self.value(text, #"serviceportal_submissions_filed_total{service="brunnenbohrung-anzeigen",test="false"}"#) ?? 0) >= 1)
                #expect((Self.value(text, #"serviceportal_jobs_processed_total{kind="submission.receipt",outcome="done"}"#) ?? 0) >= 1)
                #expect((Self.value(text, #"serviceportal_mails_total{outcome="sent"}"#) ?? 0) >= 1)
                #expect(Self.value(text, #"serviceportal_jobs{state="queued"}"#) == 1)
                #expect(Self.value(text, "serviceportal_oldest_due_job_age_seconds") == 120)
                #expect(Self.value(text, "serviceportal_mails_waiting") == 0)
                // Every write waited for the write path for some time, filing included.
                #expect((Self.value(text, "serviceportal_database_write_wait_seconds_count") ?? 0) >= 1, "\(text.prefix(200))")
            }
        }
    }

    @Test("/readyz: ready with the database, current migrations and a worker going round; otherwise 503 naming what is missing")
    func readiness() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let ready = try await client.get("/readyz")
                #expect(ready.status == .ok && ready.headers[.cacheControl] == "no-store")
                #expect(ready.json?["status"] == .string("ready"))
                #expect(ready.json?["checks"]?["migrations"] == .bool(true) && ready.json?["checks"]?["database"] == .bool(true))
            }
            var configuration = test.portal.configuration
            configuration.runWorkers = true
            let serving = Portal(configuration: configuration, database: test.portal.database, logger: .init(label: "test"))
            try await Application(router: PortalRouter.build(serving.webDependencies(now: test.now), portalName: "Test")).test(.router) { client in
                let stalled = try await client.get("/readyz")
                #expect(stalled.status == .serviceUnavailable && stalled.json?["checks"]?["workers"] == .bool(false), "no worker went round yet")
                serving.workerHeartbeat.beat(at: Date())
                #expect(try await client.get("/readyz").status == .ok)
            }
            try await test.application(databaseIsHealthy: { false }).test(.router) { client in
                let down = try await client.get("/readyz")
                #expect(down.status == .serviceUnavailable && down.json?["checks"] == .object([.init("database", .bool(false))]))
            }
        }
    }
}
