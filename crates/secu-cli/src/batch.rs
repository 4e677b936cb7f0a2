//! `secu batch`: many households, one per input line, in bounded memory.
//!
//! A reader thread cuts the input into chunks of lines; worker threads take
//! them from a shared queue and assess each into an output buffer; the
//! calling thread writes the buffers back in input order. The reader takes a
//! credit from the writer before sending each chunk and the writer returns
//! it once the chunk is written, so at most `2 × threads + 2` chunks are in
//! flight (plus the one being read) whatever the input size and however
//! unevenly the workers progress; a line longer than `--max-line-bytes` is
//! skipped in bounded memory (issue 10, item 2).
//!
//! Ending (issue 10, item 1): each channel's ends are held only by the
//! threads that use them (the writer keeps no clone of the queue's receiver
//! nor of the results' sender). A thread that stops (end of input, write
//! error, closed pipe, a panic caught in a worker) drops its ends, so the
//! next send or receive of the others fails and they stop too: no thread
//! waits on a channel whose other side is gone. On a write error the calling
//! thread returns at once without joining the reader, which may be blocked
//! reading a slow standard input; the process then exits.
//!
//! Output (issue 10, items 3 and 15): a regular output file is written to a
//! temporary file in the same folder and renamed over the final name only
//! when the run completes, so an interrupted run never leaves a partial file
//! under that name; an output that is the input (same device and inode,
//! through any path or link) is refused; every write error names the output.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, StdoutLock, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use chrono::NaiveDate;
use clap::ValueEnum;
use secu::output::{Assessment, StepStatus};
use secu::{Lang, Policy};

use crate::Failure;

/// Lines per chunk: large enough to amortise channel traffic (a chunk of
/// four-member households takes a few milliseconds; 64 lines cost ~4 % more
/// CPU than 256 in `summary-csv`), small enough to keep memory low with many
/// threads (the JSON output is ~22 KB a line).
const CHUNK_LINES: usize = 128;

/// Input bytes after which a chunk is sent even if it has fewer lines, so
/// that long lines do not make chunks large.
const CHUNK_BYTES: u64 = 1 << 20;

/// The most worker threads `--threads` accepts (issue 10, item 5): beyond the
/// number of cores more threads only cost memory (two chunks in flight each).
pub(crate) const MAX_THREADS: u16 = 128;

/// Default limit of one input line, in bytes without its line break: a
/// four-member household is ~1.5 KB, so this leaves room for hundreds of
/// members while bounding memory (issue 10, item 2).
pub(crate) const DEFAULT_MAX_LINE_BYTES: u64 = 1 << 20;

/// The highest value `--max-line-bytes` accepts (1 GiB).
pub(crate) const MAX_MAX_LINE_BYTES: u64 = 1 << 30;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// One assessment (or error record) per line.
    Jsonl,
    /// One spreadsheet row per member.
    SummaryCsv,
}

/// What `secu batch` was asked to do.
pub(crate) struct Config {
    pub(crate) as_of: Option<NaiveDate>,
    pub(crate) today: NaiveDate,
    pub(crate) lang: Lang,
    pub(crate) policy: Policy,
    pub(crate) format: Format,
    /// Full or compact assessments (JSON Lines only).
    pub(crate) detail: secu::Detail,
    /// Between 1 and [`MAX_THREADS`] (checked by the argument parser).
    pub(crate) threads: usize,
    /// Longest accepted line, in bytes without its line break.
    pub(crate) max_line_bytes: u64,
    pub(crate) progress: bool,
}

/// One input line as the reader hands it over.
enum Line {
    /// The bytes of the line (with its line break, if any).
    Text(Vec<u8>),
    /// A line longer than the limit; its bytes were skipped.
    TooLong,
}

/// A chunk of input: its index, its first line number and its lines.
struct Chunk {
    index: u64,
    first_line: u64,
    bytes: u64,
    lines: Vec<Line>,
}

/// A chunk's output.
struct Done {
    index: u64,
    bytes_in: u64,
    out: Vec<u8>,
    assessed: u64,
    rejected: u64,
}

/// What a worker sends back: a chunk's output, or the message of a panic
/// caught while assessing it (a bug: the run then fails with exit 1).
type WorkerResult = Result<Done, String>;

pub(crate) fn run(
    input: &Path,
    output: Option<&Path>,
    config: &Config,
) -> Result<ExitCode, Failure> {
    let stdin_input = input.as_os_str() == "-";
    let input_name = if stdin_input {
        "standard input".to_owned()
    } else {
        input.display().to_string()
    };
    let (reader, total, input_meta): (Box<dyn Read + Send>, Option<u64>, Option<fs::Metadata>) =
        if stdin_input {
            (Box::new(io::stdin()), None, stdin_metadata())
        } else {
            let f = File::open(input)
                .map_err(|e| crate::input::io_failure(&input.display().to_string(), &e))?;
            let meta = f.metadata().ok();
            let len = meta.as_ref().filter(|m| m.is_file()).map(fs::Metadata::len);
            (Box::new(f), len, meta)
        };
    let mut out = Output::open(output, input_meta.as_ref(), &input_name)?;

    let progress = config.progress.then(|| {
        let bar = match total {
            Some(n) => indicatif::ProgressBar::new(n),
            None => indicatif::ProgressBar::new_spinner(),
        };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });

    let result = pipeline(reader, &input_name, &mut out, config, progress.as_ref());
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let (assessed, rejected) = match result {
        Ok(counts) => counts,
        Err(e) => {
            // The temporary file, if any, is removed; the final name is untouched.
            out.abandon();
            return Err(e);
        }
    };
    out.finish()?;
    let _ = writeln!(
        io::stderr().lock(),
        "secu batch: {assessed} assessed, {rejected} rejected"
    );
    Ok(if rejected == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// What the workers share.
struct Job {
    line: secu::batch::LineOptions,
    format: Format,
}

/// Starts the threads, writes their output in input order, and returns the
/// numbers of lines assessed and rejected.
fn pipeline(
    reader: Box<dyn Read + Send>,
    input_name: &str,
    out: &mut Output,
    config: &Config,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<(u64, u64), Failure> {
    if config.format == Format::SummaryCsv {
        out.write(CSV_HEADER.as_bytes())?;
    }
    let job = Arc::new(Job {
        line: secu::batch::LineOptions {
            as_of: config.as_of,
            today: config.today,
            lang: config.lang,
            policy: config.policy.clone(),
            detail: config.detail,
            max_line_bytes: config.max_line_bytes,
        },
        format: config.format,
    });
    let n = config.threads.max(1);
    // Chunks in flight, from the reader's taking a credit to the writer's
    // writing the chunk: the bound on memory, whatever the input and however
    // unevenly the workers progress.
    let in_flight = 2 * n + 2;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(n);
    let (done_tx, done_rx) = sync_channel::<WorkerResult>(n);
    let (credit_tx, credit_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        // Cannot fail: the channel has room for every credit and its receiver is here.
        let _ = credit_tx.send(());
    }
    // Only the workers hold the chunk receiver and the result senders: when
    // they have all stopped, the reader's send and the writer's receive fail.
    let chunk_rx = Arc::new(Mutex::new(chunk_rx));
    let mut workers = Vec::with_capacity(n);
    for i in 0..n {
        let rx = Arc::clone(&chunk_rx);
        let tx = done_tx.clone();
        let job = Arc::clone(&job);
        let handle = thread::Builder::new()
            .name(format!("secu-batch-{i}"))
            .spawn(move || work(&rx, &tx, &job))
            .map_err(|e| {
                Failure::Other(format!(
                    "cannot start worker thread {} of {n}: {e} (try a smaller --threads)",
                    i + 1
                ))
            })?;
        workers.push(handle);
    }
    drop(chunk_rx);
    drop(done_tx);
    let max_line = job.line.max_line_bytes;
    let reader_thread: JoinHandle<io::Result<u64>> = thread::Builder::new()
        .name("secu-batch-reader".into())
        .spawn(move || read_chunks(reader, &chunk_tx, &credit_rx, max_line))
        .map_err(|e| Failure::Other(format!("cannot start the reader thread: {e}")))?;

    let (mut assessed, mut rejected) = (0u64, 0u64);
    let mut next = 0u64;
    // Chunks finished ahead of `next`: fewer than `in_flight`.
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    loop {
        let received = match done_rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Disconnected) => None,
            Err(TryRecvError::Empty) => {
                // Waiting for the workers: what is written so far goes out
                // now, so a slow or endless input still shows its records.
                out.flush()?;
                done_rx.recv().ok()
            }
        };
        let done = match received {
            Some(Ok(done)) => done,
            Some(Err(panic)) => {
                return Err(Failure::Other(format!(
                    "internal error while assessing: {panic}"
                )));
            }
            // Every worker has ended: the input is consumed.
            None => break,
        };
        pending.insert(done.index, done);
        while let Some(done) = pending.remove(&next) {
            next += 1;
            assessed += done.assessed;
            rejected += done.rejected;
            // On error, return without waiting for the other threads (see the
            // module documentation): the receivers dropped here make them stop.
            out.write(&done.out)?;
            // The reader may take one more chunk; it is gone if it has ended.
            let _ = credit_tx.send(());
            if let Some(bar) = progress {
                bar.inc(done.bytes_in);
                bar.set_message(format!("{assessed} assessed, {rejected} rejected"));
            }
        }
    }
    // Every worker has ended, so the reader has too (or is ending).
    drop(done_rx);
    drop(credit_tx);
    let sent = reader_thread
        .join()
        .map_err(|_| Failure::Other("the reader thread panicked".into()))?
        .map_err(|e| crate::input::io_failure(input_name, &e))?;
    for w in workers {
        let _ = w.join();
    }
    if sent != next || !pending.is_empty() {
        return Err(Failure::Other(format!(
            "internal error: {sent} chunks read, {next} written"
        )));
    }
    Ok((assessed, rejected))
}

/// Reads the input and sends chunks of lines to the workers, each once the
/// writer has given a credit; returns the number of chunks sent when the
/// input ends or the workers or the writer are gone.
fn read_chunks(
    reader: Box<dyn Read + Send>,
    tx: &SyncSender<Chunk>,
    credits: &Receiver<()>,
    max_line: u64,
) -> io::Result<u64> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut index = 0u64;
    let mut line_no = 0u64;
    // Bytes of an over-long line skipped after its chunk was sent.
    let mut skipped = 0u64;
    loop {
        let mut lines = Vec::with_capacity(CHUNK_LINES);
        let first_line = line_no + 1;
        let mut bytes = 0u64;
        let mut eof = false;
        let mut too_long = false;
        while lines.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            let mut buf = Vec::new();
            match read_line(&mut reader, &mut buf, max_line)? {
                Read1::Eof => {
                    eof = true;
                    break;
                }
                Read1::Line(n) => {
                    bytes += n;
                    lines.push(Line::Text(buf));
                    line_no += 1;
                }
                Read1::TooLong(n) => {
                    bytes += n;
                    lines.push(Line::TooLong);
                    line_no += 1;
                    // Sent before the rest of the line is skipped, so that
                    // its record comes out even if the line never ends
                    // (`/dev/zero`).
                    too_long = true;
                    break;
                }
            }
        }
        if lines.is_empty() {
            return Ok(index);
        }
        let chunk = Chunk {
            index,
            first_line,
            // For the progress bar: the input read since the last chunk.
            bytes: skipped + bytes,
            lines,
        };
        if credits.recv().is_err() || tx.send(chunk).is_err() {
            // The writer or the workers are gone: the run is ending.
            return Ok(index);
        }
        index += 1;
        if eof {
            return Ok(index);
        }
        skipped = if too_long { skip_line(&mut reader)? } else { 0 };
    }
}

/// What [`read_line`] found.
enum Read1 {
    /// The end of the input.
    Eof,
    /// A line of that many bytes (line break included) is in the buffer.
    Line(u64),
    /// A line longer than the limit: its first bytes (that many) were read
    /// and dropped; the rest is still to be skipped ([`skip_line`]).
    TooLong(u64),
}

/// Reads one line into `buf` (empty on entry), holding at most `max + 1`
/// bytes of it in memory.
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<Read1> {
    let n = reader
        .by_ref()
        .take(max.saturating_add(1))
        .read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(Read1::Eof);
    }
    if buf.last() == Some(&b'\n') || (buf.len() as u64) <= max {
        return Ok(Read1::Line(n as u64));
    }
    buf.clear();
    Ok(Read1::TooLong(n as u64))
}

/// Skips the rest of a line, a buffer at a time; returns the bytes skipped.
fn skip_line(reader: &mut impl BufRead) -> io::Result<u64> {
    let mut skipped = 0u64;
    let mut scratch = Vec::with_capacity(1 << 16);
    loop {
        scratch.clear();
        let k = reader
            .by_ref()
            .take(1 << 16)
            .read_until(b'\n', &mut scratch)?;
        skipped += k as u64;
        if k == 0 || scratch.last() == Some(&b'\n') {
            return Ok(skipped);
        }
    }
}

fn work(rx: &Mutex<Receiver<Chunk>>, tx: &SyncSender<WorkerResult>, job: &Job) {
    // Ends when the reader has closed the channel (end of input, or the run
    // is stopping) or when the writer is gone.
    loop {
        let chunk = {
            // The lock is held for the receive only.
            let Ok(guard) = rx.lock() else { return };
            match guard.recv() {
                Ok(c) => c,
                Err(_) => return,
            }
        };
        let done = catch_unwind(AssertUnwindSafe(|| process(chunk, job))).map_err(|p| {
            p.downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_owned())
        });
        let failed = done.is_err();
        if tx.send(done).is_err() || failed {
            return;
        }
    }
}

/// Assesses every line of a chunk into one output buffer.
fn process(chunk: Chunk, job: &Job) -> Done {
    let mut out = Vec::with_capacity(chunk.lines.len() * 2048);
    let mut csv = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(chunk.lines.len() * 512));
    let (mut assessed, mut rejected) = (0, 0);
    for (k, line) in chunk.lines.iter().enumerate() {
        let line_no = chunk.first_line + k as u64;
        let line = match line {
            Line::TooLong => secu::batch::Line::TooLong,
            Line::Text(bytes) => secu::batch::Line::Text(bytes),
        };
        if job.format == Format::Jsonl {
            // The records are the core's (`secu::batch`), shared with `secu serve`.
            if secu::batch::jsonl_record(&mut out, line_no, line, &job.line) {
                assessed += 1;
            } else {
                rejected += 1;
            }
            continue;
        }
        // Issue 10, item 14: a blank or over-long line is an error row of
        // its own, as in the JSON Lines (`secu::batch`).
        if let Some(problem) = secu::batch::line_problem(line, &job.line) {
            rejected += 1;
            csv_error_row(&mut csv, line_no, &problem.message);
            continue;
        }
        let text = match line {
            secu::batch::Line::Text(bytes) => bytes.trim_ascii(),
            secu::batch::Line::TooLong => &[],
        };
        let o = &job.line;
        let result = secu::parse_household(text).and_then(|h| {
            let a = secu::assess(&h, &o.options())?;
            csv_rows(&mut csv, line_no, &a);
            Ok(())
        });
        match result {
            Ok(()) => assessed += 1,
            Err(errors) => {
                rejected += 1;
                let messages: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
                csv_error_row(&mut csv, line_no, &messages.join("; "));
            }
        }
    }
    if job.format == Format::SummaryCsv {
        // Writing into a Vec cannot fail.
        out = csv.into_inner().unwrap_or_default();
    }
    Done {
        index: chunk.index,
        bytes_in: chunk.bytes,
        out,
        assessed,
        rejected,
    }
}

const CSV_HEADER: &str = "household_line,member_id,affiliation,basis,dependent_status,covered_from,documents,next_step,warnings,errors\n";

fn csv_error_row(csv: &mut csv::Writer<Vec<u8>>, line_no: u64, message: &str) {
    // Writing into a Vec cannot fail.
    let _ = csv.write_record([
        &line_no.to_string(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        message,
    ]);
}

fn csv_rows(csv: &mut csv::Writer<Vec<u8>>, line_no: u64, a: &Assessment<'_>) {
    let line = line_no.to_string();
    for m in &a.members {
        let docs: Vec<&str> = m.documents.iter().map(|d| d.kind.code()).collect();
        let warnings: Vec<&str> = m.warnings.iter().map(|w| w.code.code()).collect();
        let next = m
            .steps
            .iter()
            .find(|s| matches!(s.status, StepStatus::Pending | StepStatus::InProgress))
            .map_or("", |s| s.step.code());
        let covered = m.covered_from.map(|d| d.to_string()).unwrap_or_default();
        // Writing into a Vec cannot fail.
        let _ = csv.write_record([
            line.as_str(),
            m.id,
            m.affiliation.code(),
            m.basis.code(),
            m.dependent_status.map_or("", |s| s.code()),
            &covered,
            &docs.join(";"),
            next,
            &warnings.join(";"),
            "",
        ]);
    }
}

// ---------------------------------------------------------------------------
// Output.

/// Where the records go.
enum Dest {
    Stdout(StdoutLock<'static>),
    File(File),
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Stdout(s) => s.write(buf),
            Self::File(f) => f.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Self::Stdout(s) => s.write_all(buf),
            Self::File(f) => f.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Stdout(s) => s.flush(),
            Self::File(f) => f.flush(),
        }
    }
}

/// The output: standard output, a file written in place (a device or a
/// pipe: `/dev/null`, a FIFO), or a temporary file renamed over the final
/// name when the run completes.
struct Output {
    /// The name every error message gives: the path as given, or "standard output".
    name: String,
    writer: Option<BufWriter<Dest>>,
    /// The temporary file renamed over the final name on success.
    temp: Option<Temp>,
}

/// A temporary output file and what becomes of it on success.
struct Temp {
    path: tempfile::TempPath,
    /// The final name.
    target: PathBuf,
    /// The mode of the file it replaces, given to it just before the rename
    /// (until then it is readable by its owner only).
    permissions: Option<fs::Permissions>,
}

/// Suffix of the temporary output files (`.OUT.XXXXXX.secu-tmp`).
const TEMP_SUFFIX: &str = ".secu-tmp";
/// Length of their random part.
const TEMP_RANDOM: usize = 6;
/// Age after which a temporary output file is taken for the leftover of a
/// killed run: a running batch writes to it at every chunk.
const TEMP_STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

impl Output {
    /// Opens the output, refusing one that is the input.
    fn open(
        output: Option<&Path>,
        input: Option<&fs::Metadata>,
        input_name: &str,
    ) -> Result<Self, Failure> {
        let path = match output {
            Some(p) if p.as_os_str() != "-" => p,
            _ => {
                if let (Some(i), Some(o)) = (input, stdout_metadata())
                    && o.is_file()
                    && same_file(i, &o)
                {
                    // `secu batch IN >> IN` would read its own output forever.
                    return Err(Failure::Invalid(vec![format!(
                        "standard output: is the input file ({input_name}), which would grow without end: choose another output"
                    )]));
                }
                return Ok(Self {
                    name: "standard output".into(),
                    writer: Some(BufWriter::with_capacity(
                        1 << 16,
                        Dest::Stdout(io::stdout().lock()),
                    )),
                    temp: None,
                });
            }
        };
        let name = path.display().to_string();
        let named = |e: io::Error| crate::input::io_failure(&name, &e);
        let existing = match fs::metadata(path) {
            Ok(m) => Some(m),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(named(e)),
        };
        if let (Some(i), Some(o)) = (input, &existing)
            && same_file(i, o)
            && (i.is_file() || o.is_file())
        {
            return Err(Failure::Invalid(vec![format!(
                "--output: {name} is the input file ({input_name}); writing it would destroy the input: choose another output"
            )]));
        }
        let target = match &existing {
            // A device, a pipe: written in place (`/dev/null`; renaming over
            // `/dev/full` would replace the device).
            Some(m) if !m.is_file() => {
                let f = fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(named)?;
                return Ok(Self {
                    name,
                    writer: Some(BufWriter::with_capacity(1 << 16, Dest::File(f))),
                    temp: None,
                });
            }
            // An existing file: the real file, through any symbolic link.
            Some(_) => fs::canonicalize(path).map_err(named)?,
            None => path.to_path_buf(),
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let file_name = target
            .file_name()
            .map_or_else(|| "output".into(), |f| f.to_string_lossy().into_owned());
        // The leftovers of killed runs hold personal data: removed here.
        remove_stale_temps(&dir, &file_name);
        // Created readable by its owner only (tempfile's default mode).
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{file_name}."))
            .rand_bytes(TEMP_RANDOM)
            .suffix(TEMP_SUFFIX)
            .tempfile_in(&dir)
            .map_err(|e| {
                Failure::Other(format!(
                    "{name}: cannot create a temporary file in {}: {e}",
                    dir.display()
                ))
            })?;
        let (file, path) = tmp.into_parts();
        Ok(Self {
            name,
            writer: Some(BufWriter::with_capacity(1 << 16, Dest::File(file))),
            temp: Some(Temp {
                path,
                target,
                // A new file stays readable by its owner only (the records
                // hold personal data); a replaced file keeps its mode.
                permissions: existing.map(|m| m.permissions()),
            }),
        })
    }

    /// The failure for a write error: a closed pipe ends the run quietly;
    /// anything else names the output (issue 10, item 15).
    fn error(&self, e: &io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Other(format!("{}: {e}", self.name))
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        let result = match &mut self.writer {
            Some(w) => w.write_all(bytes),
            None => Ok(()),
        };
        result.map_err(|e| self.error(&e))
    }

    /// Writes out what is buffered.
    fn flush(&mut self) -> Result<(), Failure> {
        let result = match &mut self.writer {
            Some(w) => w.flush(),
            None => Ok(()),
        };
        result.map_err(|e| self.error(&e))
    }

    /// Flushes, and renames the temporary file over the final name.
    fn finish(mut self) -> Result<(), Failure> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        let dest = writer.into_inner().map_err(|e| self.error(e.error()))?;
        match dest {
            Dest::Stdout(mut s) => s.flush().map_err(|e| self.error(&e))?,
            Dest::File(f) => {
                if let Some(temp) = self.temp.take() {
                    if let Some(p) = temp.permissions {
                        f.set_permissions(p).map_err(|e| self.error(&e))?;
                    }
                    f.sync_all().map_err(|e| self.error(&e))?;
                    drop(f);
                    let target = temp.target;
                    temp.path
                        .persist(&target)
                        .map_err(|e| self.error(&e.error))?;
                    // The rename is durable once the folder is synced.
                    if let Some(d) = target.parent().filter(|d| !d.as_os_str().is_empty())
                        && let Ok(d) = File::open(d)
                    {
                        let _ = d.sync_all();
                    }
                }
            }
        }
        Ok(())
    }

    /// Drops what is buffered without writing it and removes the temporary
    /// file: the final name keeps what it had.
    fn abandon(mut self) {
        if let Some(w) = self.writer.take() {
            let _ = w.into_parts();
        }
        // Dropping the TempPath removes the file.
        self.temp = None;
    }
}

/// Removes the temporary files `.NAME.XXXXXX.secu-tmp` of earlier runs
/// towards `dir/NAME` that were not written for [`TEMP_STALE_AFTER`]: runs
/// killed before their rename (a running one writes at every chunk).
fn remove_stale_temps(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(random) = name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
        else {
            continue;
        };
        if random.len() != TEMP_RANDOM || random.contains('.') {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > TEMP_STALE_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The file behind standard input, when there is one.
fn stdin_metadata() -> Option<fs::Metadata> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        File::from(fd).metadata().ok()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// The file behind standard output, when there is one.
fn stdout_metadata() -> Option<fs::Metadata> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdout().as_fd().try_clone_to_owned().ok()?;
        File::from(fd).metadata().ok()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Whether two metadata describe the same file (device and inode; elsewhere
/// than on Unix the check is not made).
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `input` as the reader does with a limit of `max` bytes a line.
    fn lines(input: &[u8], max: u64) -> Vec<Option<Vec<u8>>> {
        let mut r = BufReader::with_capacity(3, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line(&mut r, &mut buf, max).expect("reads") {
                Read1::Eof => return out,
                Read1::Line(n) => {
                    assert_eq!(n as usize, buf.len());
                    out.push(Some(buf));
                }
                Read1::TooLong(n) => {
                    assert_eq!(n, max + 1, "holds at most max + 1 bytes");
                    skip_line(&mut r).expect("skips");
                    out.push(None);
                }
            }
        }
    }

    #[test]
    fn lines_at_and_past_the_limit() {
        let got = lines(b"abcd\nabcde\n\nxy\nabcdefghijk\r\nz", 4);
        let want: Vec<Option<Vec<u8>>> = vec![
            Some(b"abcd\n".to_vec()),
            None,
            Some(b"\n".to_vec()),
            Some(b"xy\n".to_vec()),
            None,
            Some(b"z".to_vec()),
        ];
        assert_eq!(got, want);
        // At the end of the input, with or without a line break.
        assert_eq!(lines(b"abcd", 4), vec![Some(b"abcd".to_vec())]);
        assert_eq!(lines(b"abcde", 4), vec![None]);
        assert_eq!(lines(b"abcdefgh\n", 4), vec![None]);
        assert_eq!(lines(b"", 4), Vec::<Option<Vec<u8>>>::new());
    }
}
