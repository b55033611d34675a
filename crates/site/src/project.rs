//! Where things are, and how to run a tool with the project's own tools first on PATH.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the Python checkers from PyPI are installed, from the root
/// (`cargo xtask setup` puts them there; the tests read pages with them).
pub const PYTHON_PACKAGES: &str = "target/python";

/// The repository and the tool locations derived from it.
pub struct Project {
    /// The workspace root (the folder holding `Trunk.toml`).
    pub root: PathBuf,
    /// `PATH` with the e2e npm bins (wasm-opt) and the cargo bin folder in front.
    path: OsString,
}

impl Project {
    /// The checkout the command runs in: the nearest folder holding the
    /// workspace's `Trunk.toml`, from the current directory up. Never the
    /// folder xtask was compiled in, which a shared target directory (a
    /// common `CARGO_TARGET_DIR`, a CI cache) may place in another clone.
    pub fn locate() -> Project {
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let root = find_root(&here).unwrap_or(here);
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

/// The nearest of `start` and the folders above it that holds the
/// workspace: its `Cargo.toml` beside the app's `Trunk.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join("Trunk.toml").is_file() && dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
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

#[cfg(test)]
mod tests {
    use super::find_root;
    use std::fs;

    #[test]
    fn the_root_is_the_checkout_the_command_runs_in() {
        let temp = std::env::temp_dir().join(format!("tocsin-root-{}", std::process::id()));
        let clone = temp.join("clone");
        let deep = clone.join("crates/core/src");
        fs::create_dir_all(&deep).unwrap();
        fs::write(clone.join("Cargo.toml"), "[workspace]\n").unwrap();
        fs::write(clone.join("Trunk.toml"), "").unwrap();
        // A crate's own Cargo.toml on the way up is not the workspace.
        fs::write(clone.join("crates/core/Cargo.toml"), "[package]\n").unwrap();
        assert_eq!(find_root(&deep), Some(clone.clone()));
        assert_eq!(find_root(&clone), Some(clone.clone()));
        let elsewhere = temp.join("elsewhere");
        fs::create_dir_all(&elsewhere).unwrap();
        assert_eq!(find_root(&elsewhere), None);
        fs::remove_dir_all(&temp).unwrap();
    }
}
