//! Prometheus text metrics (`GET /metrics`). Labels are the route template,
//! the method and the status only: never a value from a request.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5,
];

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; BUCKETS.len()],
}

/// The server's counters.
#[derive(Default)]
pub(crate) struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, String, u16), u64>>,
    latency: Mutex<BTreeMap<&'static str, Series>>,
    /// Households assessed (one per `assess` request or batch line).
    pub(crate) households: AtomicU64,
    /// Requests refused at capacity (503).
    pub(crate) shed: AtomicU64,
    /// Requests in flight.
    pub(crate) in_flight: AtomicU64,
}

impl Metrics {
    /// Records one finished request.
    pub(crate) fn record(&self, route: &'static str, method: &str, status: u16, took: Duration) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((route, method.to_owned(), status)).or_default() += 1;
        }
        if let Ok(mut l) = self.latency.lock() {
            let s = l.entry(route).or_default();
            let secs = took.as_secs_f64();
            s.count += 1;
            s.sum += secs;
            for (i, b) in BUCKETS.iter().enumerate() {
                if secs <= *b {
                    s.buckets[i] += 1;
                }
            }
        }
    }

    /// The Prometheus text exposition.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP secu_http_requests_total HTTP requests by route, method and status.\n# TYPE secu_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((route, method, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "secu_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str("# HELP secu_http_request_duration_seconds Time to the response head, by route.\n# TYPE secu_http_request_duration_seconds histogram\n");
        if let Ok(l) = self.latency.lock() {
            for (route, s) in l.iter() {
                for (i, b) in BUCKETS.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "secu_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {}",
                        s.buckets[i]
                    );
                }
                let _ = writeln!(
                    out,
                    "secu_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\nsecu_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\nsecu_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                    s.count, s.sum, s.count
                );
            }
        }
        let _ = write!(
            out,
            "# HELP secu_households_assessed_total Households assessed.\n# TYPE secu_households_assessed_total counter\nsecu_households_assessed_total {}\n\
             # HELP secu_requests_shed_total Requests refused at capacity (503).\n# TYPE secu_requests_shed_total counter\nsecu_requests_shed_total {}\n\
             # HELP secu_requests_in_flight Requests being served.\n# TYPE secu_requests_in_flight gauge\nsecu_requests_in_flight {}\n",
            self.households.load(Ordering::Relaxed),
            self.shed.load(Ordering::Relaxed),
            self.in_flight.load(Ordering::Relaxed),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
