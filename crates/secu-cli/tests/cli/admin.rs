//! `secu admin init` and `secu admin backup` (issue 16), and a case file
//! exported by the team store (entries with `recorded_by`) read by `secu case`.

use std::io::Write;
use std::process::Stdio;

use super::{root, secu};

fn init(db: &str, email: &str, stdin: &[u8]) -> std::process::Output {
    let mut child = secu()
        .args(["admin", "init", "--db", db, "--email", email])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write");
    child.wait_with_output().expect("output")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn admin_init_then_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = format!("sqlite:{}", dir.path().join("team.db").display());
    let out = init(
        &db,
        "Admin@Firm.example",
        b"a long enough password\nignored\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let id = text(&out.stdout);
    assert!(id.starts_with("u_") && id.ends_with('\n'), "{id:?}");
    // The key is beside the database, private, never in it.
    let key = dir.path().join("team.db.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key)
            .expect("key file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Only the first administrator.
    let again = init(&db, "other@firm.example", b"a long enough password\n");
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).starts_with("--db: the database has accounts already"));
    // A refused password or address: exit 2, and no database is created.
    let fresh = format!("sqlite:{}", dir.path().join("fresh.db").display());
    for (email, pw, want) in [
        ("a@firm.example", &b"short\n"[..], "password: "),
        ("not-an-address", b"a long enough password\n", "--email: "),
        ("a@firm.example", b"", "password: "),
    ] {
        let out = init(&fresh, email, pw);
        assert_eq!(out.status.code(), Some(2), "{email}");
        assert!(text(&out.stderr).starts_with(want), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
    }
    assert!(!dir.path().join("fresh.db").exists());

    let snap = dir.path().join("snap.db");
    let backup = |db: &str| {
        secu()
            .args(["admin", "backup", "--db", db, "-o"])
            .arg(&snap)
            .output()
            .expect("run")
    };
    let out = backup(&db);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The snapshot is a working database: initialising it again is refused
    // because it holds the administrator.
    let copy = format!("sqlite:{}", snap.display());
    std::fs::copy(&key, dir.path().join("snap.db.key")).expect("key");
    let out = init(&copy, "other@firm.example", b"a long enough password\n");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("accounts already"));
    // Never over an existing file; PostgreSQL says to use pg_dump.
    let out = backup(&db);
    assert_eq!(out.status.code(), Some(2));
    let out = backup("postgres://secu@localhost/team");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("pg_dump"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

/// A case file whose entries name who recorded them verifies with
/// `secu case verify` and shows in `secu case history --json`.
#[test]
fn case_file_with_recorded_by_verifies() {
    use secu_case::case::Case;
    let bytes =
        std::fs::read(root().join("examples/returning_worker_with_nir.json")).expect("example");
    let household = secu::parse_household(&bytes).expect("household");
    let kind = secu::assess(&household, &secu::Options::default())
        .expect("assessed")
        .members[0]
        .documents[0]
        .kind;
    let mut n = 0u128;
    let mut salts = move || {
        n += 1;
        n.to_be_bytes()
    };
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let policy = secu::Policy::default();
    let mut case = Case::new(
        household,
        day("2027-02-01"),
        "2027-02-01T09:00:00Z",
        &mut salts,
        &policy,
    )
    .expect("case");
    case.record_by(
        Some("u_consultant"),
        "emilie",
        day("2027-02-03"),
        secu_case::event::Event::DocumentReceived { kind },
        "2027-02-03T10:00:00Z",
        &mut salts,
        &policy,
    )
    .expect("recorded");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("case.json");
    std::fs::write(&file, case.to_json_pretty()).expect("write");
    let out = secu()
        .args(["case", "verify"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = secu()
        .args(["case", "history", "--json"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("u_consultant"),
        "{}",
        text(&out.stdout)
    );
    // Edited, the attribution breaks the chain.
    let edited = case.to_json_pretty().replace("u_consultant", "u_intruder");
    std::fs::write(&file, edited).expect("write");
    let out = secu()
        .args(["case", "verify"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("digest"),
        "{}",
        text(&out.stderr)
    );
}

/// `secu admin init`, then `secu serve --db` on the same database: the
/// administrator signs in through the process (the key file beside the
/// database is found again); a bad `--db` is a usage error (exit 2).
#[test]
fn serve_with_db_signs_in_the_first_administrator() {
    use std::io::{BufRead as _, BufReader};
    use std::net::SocketAddr;
    use std::time::Duration;

    let dir = tempfile::tempdir().expect("tmp");
    let db = format!("sqlite:{}", dir.path().join("team.db").display());
    let out = init(&db, "admin@firm.example", b"a long enough password\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let bad = secu()
        .args(["serve", "--db", "mysql://x", "--listen", "127.0.0.1:0"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad.stderr));
    assert!(text(&bad.stderr).contains("--db"), "{}", text(&bad.stderr));

    let mut child = secu()
        .args(["serve", "--db", &db, "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line)
                && let Some(a) = v["fields"]["listening"].as_str()
            {
                let _ = tx.send(a.parse::<SocketAddr>().expect("address"));
            }
        }
    });
    let addr = rx.recv_timeout(Duration::from_secs(30)).expect("started");
    let sign_in = |password: &str| {
        let body = format!(r#"{{"email":"admin@firm.example","password":"{password}"}}"#);
        super::http::request(
            addr,
            "POST",
            "/v1/session",
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
        .expect("request")
    };
    let wrong = sign_in("not it");
    let right = sign_in("a long enough password");
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = super::wait_bounded(child, Duration::from_secs(20), "secu serve --db");
    reader.join().expect("reader");
    assert_eq!(wrong.status, 401);
    assert_eq!(
        right.status,
        200,
        "{}",
        String::from_utf8_lossy(&right.body)
    );
    assert!(
        right
            .header("set-cookie")
            .is_some_and(|c| c.contains("HttpOnly"))
    );
    assert!(status.status.success());
}
