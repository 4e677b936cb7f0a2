//! The log's writer: a request never waits on the log, and the log never
//! grows without bound.
//!
//! A log line is appended to a buffer in memory (a lock held for a copy of a
//! few hundred bytes, no system call, no wake-up); a thread of its own wakes
//! every [`EVERY`] and writes all the lines gathered meanwhile in one write.
//! When a line was one blocking write to a pipe per request, the log cost
//! 12–50 µs of server CPU per `assess`, as much as assessing the household;
//! a writer thread woken for every line (`tracing-appender`'s non-blocking
//! writer, measured) cost more server CPU than the writes it saved.
//!
//! Bounded: the buffer holds at most `max_bytes`; a line that does not fit
//! (a reader of stderr that stalls, a log slower than the requests) is
//! dropped and counted, and `/metrics` shows the count
//! (`secu_log_lines_dropped_total`). The price: lines logged in the last
//! [`EVERY`] before a crash are lost; on a normal exit the guard writes them.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

/// How often the log thread writes what was logged meanwhile.
pub(crate) const EVERY: Duration = Duration::from_millis(50);

/// Bytes of log lines waiting to be written, at most (about 15,000 access
/// log lines; 15,000 requests/s log ~3.5 MB/s, ~0.2 MB per [`EVERY`]).
pub(crate) const MAX_BYTES: usize = 4 << 20;

/// The buffer and the log thread's stop flag.
pub(crate) struct Shared {
    buf: Mutex<Vec<u8>>,
    max_bytes: usize,
    dropped: Arc<AtomicU64>,
    stop: Mutex<bool>,
    wake: Condvar,
}

/// Where `tracing` writes: appends whole lines to the buffer.
#[derive(Clone)]
pub(crate) struct LogWriter(Arc<Shared>);

impl LogWriter {
    /// The number of lines dropped so far (shared, for `/metrics`).
    pub(crate) fn dropped(&self) -> Arc<AtomicU64> {
        self.0.dropped.clone()
    }
}

impl Write for &Shared {
    /// One call per log line (tracing-subscriber's formatter writes a
    /// formatted line with one `write_all`): kept whole or dropped whole.
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let mut buf = self.buf.lock().unwrap_or_else(PoisonError::into_inner);
        if buf.len() + b.len() > self.max_bytes {
            drop(buf);
            self.dropped.fetch_add(1, Ordering::Relaxed);
        } else {
            buf.extend_from_slice(b);
        }
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogWriter {
    type Writer = &'a Shared;

    fn make_writer(&'a self) -> Self::Writer {
        &self.0
    }
}

/// Stops the log thread when dropped, after it wrote what was buffered
/// (waiting at most a second: an output that stalls cannot hold up the exit).
pub(crate) struct LogGuard {
    shared: Arc<Shared>,
    done: std::sync::mpsc::Receiver<()>,
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        *self
            .shared
            .stop
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = true;
        self.shared.wake.notify_all();
        let _ = self.done.recv_timeout(Duration::from_secs(1));
    }
}

/// A writer to `out` through a buffer of at most `max_bytes`, written every
/// `every` by a thread of its own.
pub(crate) fn spawn(
    mut out: impl Write + Send + 'static,
    max_bytes: usize,
    every: Duration,
) -> (LogWriter, LogGuard) {
    let shared = Arc::new(Shared {
        buf: Mutex::new(Vec::with_capacity(64 << 10)),
        max_bytes,
        dropped: Arc::default(),
        stop: Mutex::new(false),
        wake: Condvar::new(),
    });
    let (done_tx, done) = std::sync::mpsc::channel();
    let thread = shared.clone();
    // Without a thread (none could be started), lines are still bounded by
    // the buffer, and counted as dropped once it is full.
    let _ = std::thread::Builder::new()
        .name("secu-log".into())
        .spawn(move || {
            let mut spare = Vec::with_capacity(64 << 10);
            loop {
                let stopping = {
                    let stop = thread.stop.lock().unwrap_or_else(PoisonError::into_inner);
                    let (stop, _) = thread
                        .wake
                        .wait_timeout_while(stop, every, |s| !*s)
                        .unwrap_or_else(PoisonError::into_inner);
                    *stop
                };
                std::mem::swap(
                    &mut *thread.buf.lock().unwrap_or_else(PoisonError::into_inner),
                    &mut spare,
                );
                if !spare.is_empty() {
                    // Nowhere to report a failing stderr: the lines are lost.
                    let _ = out.write_all(&spare).and_then(|()| out.flush());
                    spare.clear();
                    // A burst does not keep its memory for ever.
                    spare.shrink_to(64 << 10);
                }
                if stopping {
                    break;
                }
            }
            let _ = done_tx.send(());
        });
    (LogWriter(shared.clone()), LogGuard { shared, done })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::io::Write;
    use std::sync::atomic::Ordering;
    use std::sync::{Arc, Condvar, Mutex, mpsc};
    use std::time::Duration;

    /// A log output that holds its first write until released.
    #[derive(Clone, Default)]
    struct Stuck {
        state: Arc<(Mutex<(bool, bool)>, Condvar)>,
        out: Arc<Mutex<Vec<u8>>>,
    }

    impl Stuck {
        /// Waits until the log thread is held in a write.
        fn wait_entered(&self) {
            let (m, c) = &*self.state;
            let g = c
                .wait_timeout_while(m.lock().unwrap(), Duration::from_secs(10), |s| !s.0)
                .unwrap();
            assert!(g.0.0, "the log thread never wrote");
        }

        fn release(&self) {
            let (m, c) = &*self.state;
            m.lock().unwrap().1 = true;
            c.notify_all();
        }
    }

    impl Write for Stuck {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            let (m, c) = &*self.state;
            let mut s = m.lock().unwrap();
            s.0 = true;
            c.notify_all();
            while !s.1 {
                s = c.wait(s).unwrap();
            }
            self.out.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A log that cannot keep up (its output stalls) never makes a request
    /// wait and never holds more than its bound: the lines beyond are
    /// dropped whole, counted, and the count is in `/metrics`.
    #[test]
    fn log_lines_beyond_the_bound_are_dropped_and_counted() {
        let stuck = Stuck::default();
        let (writer, guard) = super::spawn(stuck.clone(), 64, Duration::from_millis(1));
        let drops = writer.dropped();
        let line = |w: &super::LogWriter, text: &str| {
            use tracing_subscriber::fmt::MakeWriter as _;
            w.make_writer().write_all(text.as_bytes()).unwrap();
        };
        // The log thread takes the first line and is held writing it.
        line(&writer, "line 0\n");
        stuck.wait_entered();
        // 100 more lines: 9 fit in 64 bytes (7 bytes each), the rest are
        // dropped at once.
        let (done, finished) = mpsc::channel();
        let w = writer.clone();
        std::thread::spawn(move || {
            for i in 1..=100 {
                line(&w, &format!("line {i}\n"));
            }
            let _ = done.send(());
        });
        let waited = finished.recv_timeout(Duration::from_secs(5)).is_err();
        stuck.release();
        assert!(!waited, "a write waited for the stalled log");
        assert_eq!(drops.load(Ordering::Relaxed), 91);
        let mut m = crate::metrics::Metrics::default();
        m.log_drops = Some(drops);
        let text = m.render();
        assert!(
            text.lines().any(|l| l == "secu_log_lines_dropped_total 91"),
            "{text}"
        );
        // What was buffered is written, whole lines, when the guard is
        // dropped (at exit).
        drop(guard);
        let out = String::from_utf8(stuck.out.lock().unwrap().clone()).unwrap();
        let want: String = (0..=9).map(|i| format!("line {i}\n")).collect();
        assert_eq!(out, want);
    }
}
