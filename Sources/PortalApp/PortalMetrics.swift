import Foundation
import Metrics
import Prometheus

/// The process's metrics: swift-metrics calls all over the code (requests, filings, jobs,
/// deliveries, mails), collected in one Prometheus registry. Bootstrapped once per process, on first
/// use; until then the calls go nowhere.
public enum PortalMetrics {
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
