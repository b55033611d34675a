//! The build's output folder, written incrementally. Every file the build
//! puts there has a key: a hash of its bytes, or for a pre-rendered page a
//! hash of everything it is made from. A file whose key matches the last
//! build's, and that is still there as that build left it (its size and
//! time unchanged: `trunk serve` writes into the same folder), is neither
//! made nor written again, so
//! a build after one new article renders and writes only the pages that
//! show it. At the end, whatever the build did not put there is removed
//! (pages of deleted articles, an older wasm), and the keys are kept in
//! `target/build-state/` for the next build.

use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A hash of `value`'s `Debug` form, which every content type has and
/// which shows every field.
pub fn fingerprint(value: &impl Debug) -> u64 {
    let mut hasher = DefaultHasher::new();
    format!("{value:?}").hash(&mut hasher);
    hasher.finish()
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// A file as a build left it: its key, and its size and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    key: u64,
    size: u64,
    modified: u128,
}

impl Stamp {
    fn of(key: u64, file: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(file)
            .ok()
            .filter(std::fs::Metadata::is_file)?;
        let modified = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        Some(Stamp {
            key,
            size: meta.len(),
            modified,
        })
    }

    /// `key size time`, as the state file holds it.
    fn line(&self) -> String {
        format!("{:016x}\t{}\t{}", self.key, self.size, self.modified)
    }

    fn parse(fields: &str) -> Option<Stamp> {
        let mut fields = fields.split('\t');
        Some(Stamp {
            key: u64::from_str_radix(fields.next()?, 16).ok()?,
            size: fields.next()?.parse().ok()?,
            modified: fields.next()?.parse().ok()?,
        })
    }
}

/// The output folder of one build.
pub struct Output {
    dist: PathBuf,
    /// Where the keys are kept between builds; none writes every file and
    /// removes nothing.
    state: Option<PathBuf>,
    before: HashMap<String, Stamp>,
    after: Mutex<HashMap<String, Stamp>>,
    written: AtomicUsize,
    kept: AtomicUsize,
}

impl Output {
    /// The folder `dist`, with the keys of its last build read from `state`.
    pub fn open(dist: &Path, state: Option<PathBuf>) -> Output {
        let before = state
            .as_deref()
            .and_then(|file| std::fs::read_to_string(file).ok())
            .map(|text| {
                (text.lines())
                    .filter_map(|line| line.rsplit_once('\t'))
                    .filter_map(|(stamp, path)| Some((path.to_owned(), Stamp::parse(stamp)?)))
                    .collect()
            })
            .unwrap_or_default();
        Output {
            dist: dist.to_path_buf(),
            state,
            before,
            after: Mutex::new(HashMap::new()),
            written: AtomicUsize::new(0),
            kept: AtomicUsize::new(0),
        }
    }

    /// The folder.
    pub fn dist(&self) -> &Path {
        &self.dist
    }

    /// Puts the file `path` (relative, `/`-separated) with `key` into the
    /// folder, calling `make` for its bytes only when the last build's file
    /// had another key or is gone.
    pub fn file(
        &self,
        path: &str,
        key: u64,
        make: impl FnOnce() -> Result<Vec<u8>, String>,
    ) -> Result<(), String> {
        let target = self.dist.join(path);
        let before = self.before.get(path).filter(|stamp| stamp.key == key);
        let mut stamp = before
            .copied()
            .filter(|stamp| Stamp::of(key, &target) == Some(*stamp));
        if stamp.is_some() {
            self.kept.fetch_add(1, Ordering::Relaxed);
        } else {
            let bytes = make()?;
            if let Some(folder) = target.parent() {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            }
            std::fs::write(&target, bytes)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            self.written.fetch_add(1, Ordering::Relaxed);
            stamp = Stamp::of(key, &target);
        }
        let stamp =
            stamp.ok_or_else(|| format!("{} vanished as it was written", target.display()))?;
        self.after
            .lock()
            .map_err(|_| "a build thread panicked")?
            .insert(path.to_owned(), stamp);
        Ok(())
    }

    /// Puts `bytes` at `path`.
    pub fn write(&self, path: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
        let bytes = bytes.as_ref();
        self.file(path, hash_bytes(bytes), || Ok(bytes.to_vec()))
    }

    /// Puts a copy of every file under the folder `from` under `path`
    /// (empty for the top), except those `skip` names (relative to `from`).
    pub fn copy_tree(
        &self,
        from: &Path,
        path: &str,
        skip: &dyn Fn(&str) -> bool,
    ) -> Result<(), String> {
        for file in files_under(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
            if skip(&file) {
                continue;
            }
            let bytes =
                std::fs::read(from.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
            let target = if path.is_empty() {
                file
            } else {
                [path, "/", &file].concat()
            };
            self.write(&target, bytes)?;
        }
        Ok(())
    }

    /// Removes what this build did not put in the folder, keeps its keys for
    /// the next build, and says how many files were written and kept.
    pub fn finish(self) -> Result<String, String> {
        let after = self
            .after
            .into_inner()
            .map_err(|_| "a build thread panicked")?;
        let (written, kept) = (self.written.into_inner(), self.kept.into_inner());
        let Some(state) = self.state else {
            return Ok(format!("{written} files written"));
        };
        let put: HashSet<&String> = after.keys().collect();
        let stray = files_under(&self.dist)
            .map_err(|e| format!("cannot read {}: {e}", self.dist.display()))?;
        let mut removed = 0;
        for file in stray.iter().filter(|f| !put.contains(f)) {
            std::fs::remove_file(self.dist.join(file))
                .map_err(|e| format!("cannot remove {file}: {e}"))?;
            removed += 1;
        }
        remove_empty_folders(&self.dist)
            .map_err(|e| format!("cannot tidy {}: {e}", self.dist.display()))?;
        let mut lines: Vec<String> = after
            .iter()
            .map(|(path, stamp)| [stamp.line(), path.clone()].join("\t"))
            .collect();
        lines.sort();
        if let Some(folder) = state.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(&state, lines.join("\n"))
            .map_err(|e| format!("cannot write {}: {e}", state.display()))?;
        Ok(format!(
            "{written} files written, {kept} unchanged, {removed} removed"
        ))
    }
}

/// Every file under `dir`, as `/`-separated paths relative to it.
fn files_under(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(dir.join(&relative)) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(path);
            } else {
                let parts: Vec<_> = path
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    Ok(out)
}

/// Removes the folders under `dir` that hold nothing; true when `dir` is empty.
fn remove_empty_folders(dir: &Path) -> std::io::Result<bool> {
    let mut empty = true;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() && remove_empty_folders(&entry.path())? {
            std::fs::remove_dir(entry.path())?;
        } else {
            empty = false;
        }
    }
    Ok(empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_build_writes_only_what_changed_and_removes_what_is_gone() {
        let root = std::env::temp_dir().join(format!("tocsin-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let (dist, state) = (root.join("dist"), root.join("state.txt"));
        let first = Output::open(&dist, Some(state.clone()));
        first.write("index.html", "front").unwrap();
        first
            .file("articles/a/index.html", 1, || Ok(b"a".to_vec()))
            .unwrap();
        first
            .file("articles/b/index.html", 2, || Ok(b"b".to_vec()))
            .unwrap();
        std::fs::write(dist.join("stray.wasm"), "old").unwrap();
        assert_eq!(
            first.finish().unwrap(),
            "3 files written, 0 unchanged, 1 removed"
        );
        assert!(!dist.join("stray.wasm").exists());

        let second = Output::open(&dist, Some(state.clone()));
        second.write("index.html", "front").unwrap();
        second
            .file("articles/a/index.html", 1, || panic!("made again"))
            .unwrap();
        second
            .file("articles/c/index.html", 3, || Ok(b"c".to_vec()))
            .unwrap();
        assert_eq!(
            second.finish().unwrap(),
            "1 files written, 2 unchanged, 1 removed"
        );
        assert!(
            !dist.join("articles/b").exists(),
            "the folder of a page that is gone goes too"
        );
        assert_eq!(
            std::fs::read_to_string(dist.join("articles/c/index.html")).unwrap(),
            "c"
        );

        // A file removed or changed by another program is written again,
        // whatever its key says.
        std::fs::remove_file(dist.join("index.html")).unwrap();
        std::fs::write(dist.join("articles/c/index.html"), "trunk serve").unwrap();
        let third = Output::open(&dist, Some(state));
        third.write("index.html", "front").unwrap();
        third
            .file("articles/c/index.html", 3, || Ok(b"c".to_vec()))
            .unwrap();
        assert_eq!(
            third.finish().unwrap(),
            "2 files written, 0 unchanged, 1 removed"
        );
        assert_eq!(
            std::fs::read_to_string(dist.join("articles/c/index.html")).unwrap(),
            "c"
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
