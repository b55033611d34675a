//! Bytes of the files a first load fetches: raw, gzip -9 and brotli (quality 11).

use std::io::Write;
use std::path::Path;

/// One file's sizes.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FileSize {
    /// The path the browser asked for.
    pub path: String,
    /// Bytes on disk.
    pub raw: usize,
    /// Bytes after gzip at level 9.
    pub gzip: usize,
    /// Bytes after brotli at quality 11.
    pub brotli: usize,
}

/// The sizes of `path` (as requested by the browser) served from `dist`:
/// extensionless paths are their pre-rendered page or else the bare app,
/// `404.html`, as the static server answers them.
pub fn measure(dist: &Path, path: &str) -> Result<FileSize, String> {
    let relative = path.trim_start_matches('/');
    let file = if relative.is_empty() || Path::new(relative).extension().is_none() {
        // A pre-rendered page where there is one (`<path>.html`, or its
        // folder's `index.html`), else the app's shell.
        let trimmed = relative.trim_end_matches('/');
        let file = (!trimmed.is_empty()).then(|| dist.join(format!("{trimmed}.html")));
        (file.into_iter())
            .chain([dist.join(relative).join("index.html")])
            .find(|page| page.is_file())
            .unwrap_or_else(|| dist.join("404.html"))
    } else {
        dist.join(relative)
    };
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    Ok(FileSize {
        path: path.to_owned(),
        raw: bytes.len(),
        gzip: gzip(&bytes),
        brotli: brotli(&bytes),
    })
}

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |out| out.len())
}

fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out.len(),
        Err(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_and_maps_routes_to_their_pages() {
        let dir = std::env::temp_dir().join(format!("tocsin-sizes-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("404.html"), "<html>".repeat(500)).unwrap();
        std::fs::write(dir.join("data/a.json"), "{}").unwrap();
        let page = measure(&dir, "/articles/x").unwrap();
        assert_eq!(page.raw, 3000);
        assert!(page.brotli < page.gzip && page.gzip < page.raw, "{page:?}");
        assert_eq!(measure(&dir, "/data/a.json").unwrap().raw, 2);
        std::fs::create_dir_all(dir.join("articles/y")).unwrap();
        std::fs::write(dir.join("articles/y/index.html"), "<p>y</p>").unwrap();
        assert_eq!(measure(&dir, "/articles/y").unwrap().raw, 8);
        std::fs::write(dir.join("articles/z.html"), "<p>z</p>!").unwrap();
        assert_eq!(measure(&dir, "/articles/z").unwrap().raw, 9);
        std::fs::write(dir.join("index.html"), "<p>front</p>").unwrap();
        assert_eq!(measure(&dir, "/").unwrap().raw, 12);
        assert!(measure(&dir, "/missing.js").is_err());
    }
}
