//! Scratch folders for the tests, each removed when dropped.

use std::path::PathBuf;

/// An empty folder of its own under the system's temporary folder.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// A new empty folder, named after `name` and this process.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("tocsin-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
