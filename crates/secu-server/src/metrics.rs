//! Prometheus metrics (`GET /metrics`), by the official client
//! (`prometheus-client`, text format 0.0.4). Labels are the route template,
//! a standard method (or `other`) and the status only: never a value from a
//! request.

use std::ops::Deref;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5,
];

/// The labels of `secu_http_requests_total`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: &'static str,
    method: &'static str,
    status: u16,
}

/// The label of `secu_http_request_duration_seconds`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabel {
    route: &'static str,
}

type Latency = Family<RouteLabel, Histogram, fn() -> Histogram>;

/// A registered counter or gauge that the server updates through the atomic
/// it holds (`fetch_add`, `fetch_sub`); the registry reads the same value.
pub(crate) struct Shared<M>(M);

impl Deref for Shared<Counter> {
    type Target = AtomicU64;
    fn deref(&self) -> &AtomicU64 {
        self.0.inner()
    }
}

impl Deref for Shared<Gauge<u64, AtomicU64>> {
    type Target = AtomicU64;
    fn deref(&self) -> &AtomicU64 {
        self.0.inner()
    }
}

/// The server's counters.
pub(crate) struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Latency,
    /// Households assessed (one per `assess` request or batch line).
    pub(crate) households: Shared<Counter>,
    /// Requests refused at capacity (503).
    pub(crate) shed: Shared<Counter>,
    /// Requests in flight.
    pub(crate) in_flight: Shared<Gauge<u64, AtomicU64>>,
    /// Log lines dropped because the log's queue was full: read from the
    /// log writer's own counter when the metrics are rendered.
    log_dropped: Shared<Counter>,
    /// The log writer's count of dropped lines (`secu serve`'s; none in
    /// tests that log elsewhere).
    pub(crate) log_drops: Option<std::sync::Arc<AtomicU64>>,
}

impl Default for Metrics {
    fn default() -> Self {
        let requests = Family::<RequestLabels, Counter>::default();
        let latency: Latency = Family::new_with_constructor(|| Histogram::new(BUCKETS));
        let households = Counter::default();
        let shed = Counter::default();
        let in_flight = Gauge::<u64, AtomicU64>::default();
        let log_dropped = Counter::default();
        // The client appends `_total` to counters and a full stop to help texts.
        let mut registry = Registry::default();
        registry.register(
            "secu_http_requests",
            "HTTP requests by route, method and status",
            requests.clone(),
        );
        registry.register(
            "secu_http_request_duration_seconds",
            "Time to the response head, by route",
            latency.clone(),
        );
        registry.register(
            "secu_households_assessed",
            "Households assessed",
            households.clone(),
        );
        registry.register(
            "secu_requests_shed",
            "Requests refused at capacity (503)",
            shed.clone(),
        );
        registry.register(
            "secu_requests_in_flight",
            "Requests being served",
            in_flight.clone(),
        );
        registry.register(
            "secu_log_lines_dropped",
            "Log lines dropped because the log could not keep up",
            log_dropped.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            households: Shared(households),
            shed: Shared(shed),
            in_flight: Shared(in_flight),
            log_dropped: Shared(log_dropped),
            log_drops: None,
        }
    }
}

/// The method as a label: a standard method's name, or `other` (a client may
/// send any token as a method; each would be a new series).
pub(crate) fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "CONNECT" => "CONNECT",
        "OPTIONS" => "OPTIONS",
        "TRACE" => "TRACE",
        "PATCH" => "PATCH",
        _ => "other",
    }
}

impl Metrics {
    /// Records one finished request.
    pub(crate) fn record(&self, route: &'static str, method: &str, status: u16, took: Duration) {
        let method = method_label(method);
        self.requests
            .get_or_create(&RequestLabels {
                route,
                method,
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabel { route })
            .observe(took.as_secs_f64());
    }

    /// The Prometheus text exposition (format 0.0.4).
    pub(crate) fn render(&self) -> String {
        if let Some(drops) = &self.log_drops {
            let n = drops.load(std::sync::atomic::Ordering::Relaxed);
            self.log_dropped
                .store(n, std::sync::atomic::Ordering::Relaxed);
        }
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_text::encode(&mut out, &self.registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    /// The exposition keeps its series names, labels, buckets and help texts.
    #[test]
    fn exposition() {
        let m = Metrics::default();
        m.record("/v1/assess", "POST", 200, Duration::from_millis(3));
        m.record("/v1/assess", "POST", 200, Duration::from_millis(30));
        m.households.fetch_add(2, Ordering::Relaxed);
        m.shed.fetch_add(1, Ordering::Relaxed);
        m.in_flight.fetch_add(1, Ordering::Relaxed);
        let text = m.render();
        let lines: Vec<&str> = text.lines().collect();
        for want in [
            "# HELP secu_http_requests_total HTTP requests by route, method and status.",
            "# TYPE secu_http_requests_total counter",
            r#"secu_http_requests_total{route="/v1/assess",method="POST",status="200"} 2"#,
            "# HELP secu_http_request_duration_seconds Time to the response head, by route.",
            "# TYPE secu_http_request_duration_seconds histogram",
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.0005"} 0"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.001"} 0"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.002"} 0"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.005"} 1"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.01"} 1"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.025"} 1"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.05"} 2"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.1"} 2"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="0.5"} 2"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="2.5"} 2"#,
            r#"secu_http_request_duration_seconds_bucket{route="/v1/assess",le="+Inf"} 2"#,
            r#"secu_http_request_duration_seconds_count{route="/v1/assess"} 2"#,
            "# HELP secu_households_assessed_total Households assessed.",
            "# TYPE secu_households_assessed_total counter",
            "secu_households_assessed_total 2",
            "# HELP secu_requests_shed_total Requests refused at capacity (503).",
            "# TYPE secu_requests_shed_total counter",
            "secu_requests_shed_total 1",
            "# HELP secu_requests_in_flight Requests being served.",
            "# TYPE secu_requests_in_flight gauge",
            "secu_requests_in_flight 1",
            "# HELP secu_log_lines_dropped_total Log lines dropped because the log could not keep up.",
            "# TYPE secu_log_lines_dropped_total counter",
            "secu_log_lines_dropped_total 0",
        ] {
            assert!(lines.contains(&want), "missing {want:?} in:\n{text}");
        }
        let sum = lines
            .iter()
            .find_map(|l| {
                l.strip_prefix(r#"secu_http_request_duration_seconds_sum{route="/v1/assess"} "#)
            })
            .and_then(|v| v.parse::<f64>().ok());
        assert!(
            sum.is_some_and(|s| (s - 0.033).abs() < 1e-9),
            "sum {sum:?} in:\n{text}"
        );
        let buckets = lines
            .iter()
            .filter(|l| l.starts_with("secu_http_request_duration_seconds_bucket"))
            .count();
        assert_eq!(buckets, BUCKETS.len() + 1, "{text}");
    }
}
