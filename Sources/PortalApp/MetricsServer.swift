import Foundation
import Hummingbird
import Logging
import PortalCore
import Prometheus

/// `/metrics` in the Prometheus text format on a listener of its own (`METRICS_ADDRESS`), so the
/// reverse proxy never exposes it; with `METRICS_TOKEN` it also wants `Authorization: Bearer …`.
/// The queue's state is read from the database at each scrape: every instance reports the same
/// shared figures, its own requests and jobs beside them.
struct MetricsServer: Sendable {
    let registry: PrometheusCollectorRegistry
    let jobs: any JobQueue
    let outbox: any Outbox
    let token: String?
    let now: @Sendable () -> Date

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/metrics") { request, _ -> Response in
            if let token {
                let given = request.headers[.authorization].map { Array($0.utf8) } ?? []
                guard SecretComparison.equal(given, Array("Bearer \(token)".utf8)) else {
                    return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"])
                }
            }
            try await refresh()
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        return router
    }

    /// The figures that live in the database, as gauges.
    func refresh() async throws {
        for state in [Job.State.queued, .failed] {
            registry.makeGauge(name: "serviceportal_jobs", labels: [("state", state.rawValue)]).set(Double(try await jobs.count(in: state)))
        }
        let instant = now()
        let oldest = try await jobs.oldestDue(now: instant)
        registry.makeGauge(name: "serviceportal_oldest_due_job_age_seconds").set(oldest.map { max(0, instant.timeIntervalSince($0)) } ?? 0)
        registry.makeGauge(name: "serviceportal_mails_waiting").set(Double(try await outbox.waitingCount()))
    }

    func application(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: nil), logger: logger)
    }
}
