//! `secu batch`: many households, one per input line, in constant memory.
//!
//! A reader thread cuts the input into chunks of lines; worker threads
//! assess each chunk into an output buffer; the calling thread writes the
//! buffers back in input order. Every channel is bounded, so at most
//! `2 × threads + 2` chunks are in memory whatever the input size.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

use chrono::NaiveDate;
use clap::ValueEnum;
use secu::output::{Assessment, StepStatus};
use secu::{Lang, Options, Policy};

use crate::Failure;

/// Lines per chunk: large enough to amortise channel traffic, small enough
/// to keep memory flat.
const CHUNK_LINES: usize = 256;

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
    pub(crate) threads: usize,
    pub(crate) progress: bool,
}

/// A chunk of input: its first line number and the raw lines.
struct Chunk {
    index: u64,
    first_line: u64,
    bytes: u64,
    lines: Vec<Vec<u8>>,
}

/// A chunk's output.
struct Done {
    index: u64,
    bytes_in: u64,
    out: Vec<u8>,
    assessed: u64,
    rejected: u64,
}

pub(crate) fn run(
    input: &Path,
    output: Option<&Path>,
    config: &Config,
) -> Result<ExitCode, Failure> {
    let (reader, total): (Box<dyn Read + Send>, Option<u64>) = if input.as_os_str() == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let f =
            File::open(input).map_err(|e| Failure::Other(format!("{}: {e}", input.display())))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(f), len)
    };
    let out: Box<dyn Write> = match output {
        Some(p) => {
            Box::new(File::create(p).map_err(|e| Failure::Other(format!("{}: {e}", p.display())))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    if config.format == Format::SummaryCsv {
        out.write_all(CSV_HEADER.as_bytes())?;
    }

    let threads = config.threads;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(threads);
    let (done_tx, done_rx) = sync_channel::<Done>(threads);
    let chunk_rx = Arc::new(Mutex::new(chunk_rx));

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

    let result = thread::scope(|s| -> Result<(u64, u64), Failure> {
        let reader_thread = s.spawn(move || read_chunks(reader, &chunk_tx));
        for _ in 0..threads {
            let rx = Arc::clone(&chunk_rx);
            let tx = done_tx.clone();
            s.spawn(move || work(&rx, &tx, config));
        }
        drop(done_tx);
        let (mut assessed, mut rejected) = (0u64, 0u64);
        let mut next = 0u64;
        let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
        let mut write_error: Option<io::Error> = None;
        for done in done_rx.iter() {
            pending.insert(done.index, done);
            while let Some(d) = pending.remove(&next) {
                next += 1;
                assessed += d.assessed;
                rejected += d.rejected;
                if write_error.is_none()
                    && let Err(e) = out.write_all(&d.out)
                {
                    write_error = Some(e);
                }
                if let Some(bar) = &progress {
                    bar.inc(d.bytes_in);
                    bar.set_message(format!("{assessed} assessed, {rejected} rejected"));
                }
            }
            if write_error.is_some() {
                // Stop early: dropping the receivers makes the workers and the reader end.
                break;
            }
        }
        drop(done_rx);
        let read = reader_thread
            .join()
            .map_err(|_| Failure::Other("reader thread panicked".into()))?;
        if let Some(e) = write_error {
            return Err(e.into());
        }
        read?;
        Ok((assessed, rejected))
    });
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let (assessed, rejected) = result?;
    out.flush()?;
    drop(out);
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

/// Reads the input and sends chunks of lines; returns when the input ends or
/// the workers are gone.
fn read_chunks(reader: Box<dyn Read + Send>, tx: &SyncSender<Chunk>) -> Result<(), Failure> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut index = 0u64;
    let mut line_no = 0u64;
    loop {
        let mut lines = Vec::with_capacity(CHUNK_LINES);
        let first_line = line_no + 1;
        let mut bytes = 0u64;
        while lines.len() < CHUNK_LINES {
            let mut buf = Vec::new();
            let n = reader.read_until(b'\n', &mut buf)?;
            if n == 0 {
                break;
            }
            bytes += n as u64;
            line_no += 1;
            lines.push(buf);
        }
        if lines.is_empty() {
            return Ok(());
        }
        let last = lines.len() < CHUNK_LINES;
        if tx
            .send(Chunk {
                index,
                first_line,
                bytes,
                lines,
            })
            .is_err()
        {
            return Ok(());
        }
        index += 1;
        if last {
            return Ok(());
        }
    }
}

fn work(rx: &Mutex<Receiver<Chunk>>, tx: &SyncSender<Done>, config: &Config) {
    loop {
        let chunk = {
            let Ok(guard) = rx.lock() else { return };
            match guard.recv() {
                Ok(c) => c,
                Err(_) => return,
            }
        };
        let done = process(chunk, config);
        if tx.send(done).is_err() {
            return;
        }
    }
}

/// Assesses every line of a chunk into one output buffer.
fn process(chunk: Chunk, config: &Config) -> Done {
    let mut out = Vec::with_capacity(chunk.lines.len() * 2048);
    let mut csv = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(chunk.lines.len() * 512));
    let (mut assessed, mut rejected) = (0, 0);
    for (k, line) in chunk.lines.iter().enumerate() {
        let line_no = chunk.first_line + k as u64;
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        let result = secu::parse_household(trimmed).and_then(|h| {
            let as_of = config.as_of.or(h.as_of).unwrap_or(config.today);
            let options = Options::default()
                .with_as_of(as_of)
                .with_lang(config.lang)
                .with_policy(config.policy.clone());
            let a = secu::assess(&h, &options)?;
            match config.format {
                Format::Jsonl => {
                    // Serialising into a Vec cannot fail for these types.
                    let _ = serde_json::to_writer(&mut out, &a);
                    out.push(b'\n');
                }
                Format::SummaryCsv => csv_rows(&mut csv, line_no, &a),
            }
            Ok(())
        });
        match result {
            Ok(()) => assessed += 1,
            Err(errors) => {
                rejected += 1;
                match config.format {
                    Format::Jsonl => {
                        let record = serde_json::json!({ "format": "secu.error.v1", "line": line_no, "errors": errors });
                        let _ = serde_json::to_writer(&mut out, &record);
                        out.push(b'\n');
                    }
                    Format::SummaryCsv => {
                        let messages: Vec<String> =
                            errors.0.iter().map(ToString::to_string).collect();
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
                            &messages.join("; "),
                        ]);
                    }
                }
            }
        }
    }
    if config.format == Format::SummaryCsv {
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
