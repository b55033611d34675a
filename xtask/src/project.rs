//! Where things are, and how to run a tool with the project's own tools first on PATH.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository and the tool locations derived from it.
pub struct Project {
    /// The workspace root (the folder holding `Trunk.toml`).
    pub root: PathBuf,
    /// `PATH` with the e2e npm bins (wasm-opt) and the cargo bin folder in front.
    path: OsString,
}

impl Project {
    /// Finds the workspace root from this crate's manifest folder.
    pub fn locate() -> Project {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let mut dirs = vec![root.join("e2e/node_modules/.bin"), cargo_bin_dir()];
        if let Some(current) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&current));
        }
        let path = std::env::join_paths(dirs).unwrap_or_default();
        Project { root, path }
    }

    /// The e2e folder: Playwright suite, its static server and npm packages.
    pub fn e2e(&self) -> PathBuf {
        self.root.join("e2e")
    }

    /// A command run from the root with the project's PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(&self.root).env("PATH", &self.path);
        cmd
    }

    /// `cargo` with the project's PATH.
    pub fn cargo(&self, args: &[&str]) -> Command {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(&self.root)
            .env("PATH", &self.path)
            .args(args);
        cmd
    }

    /// Trunk, offline, with our wasm-bindgen and wasm-opt found first on PATH.
    pub fn trunk(&self, args: &[&str]) -> Command {
        let mut cmd = self.command("trunk");
        cmd.args(args).env("TRUNK_SKIP_VERSION_CHECK", "true");
        cmd
    }
}

/// Where `cargo install` puts binaries.
fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// Running a command and turning its exit into a `Result`.
pub trait RunExt {
    /// Runs with inherited output; an error names `what` and the exit status.
    fn status_ok(&mut self, what: &str) -> Result<(), String>;
    /// Runs silently and returns its standard output if it succeeded.
    fn output_text(&mut self) -> Option<String>;
}

impl RunExt for Command {
    fn status_ok(&mut self, what: &str) -> Result<(), String> {
        match self.status() {
            Ok(status) if status.success() => Ok(()),
            Ok(status) => Err(format!("{what} failed ({status})")),
            Err(e) => Err(format!("{what} could not start: {e}")),
        }
    }

    fn output_text(&mut self) -> Option<String> {
        let out = self.output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}
