//! `secu admin`: the team service's database (contract §7): `init` creates
//! the first administrator, `backup` snapshots a SQLite database.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::path::PathBuf;

use clap::Subcommand;
use secu_server::team::{StoreError, admin};

use crate::Failure;

#[derive(Subcommand)]
pub(crate) enum AdminCommand {
    /// Create the first administrator of a team database (created with its
    /// schema when missing). The password is read from the terminal, or from
    /// the first line of standard input when it is not a terminal.
    Init {
        /// The database: `sqlite:PATH` or `postgres://…`.
        #[arg(long, value_name = "URL")]
        db: String,
        /// The administrator's sign-in address.
        #[arg(long, value_name = "E")]
        email: String,
        /// The key file that seals the personal data (64 hex digits). Default:
        /// `SECU_DB_KEY`, `SECU_DB_KEY_FILE`, or for SQLite `PATH.key` beside
        /// the database, created when missing.
        #[arg(long, value_name = "FILE")]
        key_file: Option<PathBuf>,
    },
    /// A consistent snapshot of a SQLite team database into a new file
    /// (safe while servers write). PostgreSQL: use `pg_dump` (exit 2).
    Backup {
        /// The database: `sqlite:PATH`.
        #[arg(long, value_name = "URL")]
        db: String,
        /// The backup file to create (must not exist).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

fn failure(e: &StoreError) -> Failure {
    if admin::is_usage_error(e) {
        Failure::Invalid(vec![e.to_string()])
    } else {
        Failure::Other(e.to_string())
    }
}

/// The password: prompted twice on a terminal, else the first line of
/// standard input (without its line break).
fn password() -> Result<String, Failure> {
    if io::stdin().is_terminal() {
        inquire::Password::new("Password of the administrator:")
            .with_display_mode(inquire::PasswordDisplayMode::Hidden)
            .with_custom_confirmation_message("Again:")
            .with_custom_confirmation_error_message("the two passwords differ")
            .prompt()
            .map_err(|e| Failure::Other(e.to_string()))
    } else {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            return Err(Failure::Invalid(vec![
                "password: expected the password on the first line of standard input".to_owned(),
            ]));
        }
        Ok(line.to_owned())
    }
}

pub(crate) fn run(command: AdminCommand) -> Result<std::process::ExitCode, Failure> {
    match command {
        AdminCommand::Init {
            db,
            email,
            key_file,
        } => {
            let password = password()?;
            let id = admin::init(&db, key_file.as_deref(), &email, &password)
                .map_err(|e| failure(&e))?;
            let mut out = io::stdout().lock();
            writeln!(out, "{id}")?;
        }
        AdminCommand::Backup { db, output } => {
            admin::backup(&db, &output).map_err(|e| failure(&e))?;
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
