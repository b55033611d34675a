//! Pre-rendering as the build does it, for the tests of the pre-renderer,
//! the content and the import.

use std::path::Path;
use tocsin::model::BasePath;
use tocsin::route::Route;

/// Pre-renders `data` into `dist` as the build does, with the catalogs
/// in `catalogs`, under a bare shell holding a style and a policy naming it.
pub fn write_test_pages(
    data: &Path,
    catalogs: &Path,
    dist: &Path,
    base_url: &str,
    base: &BasePath,
) -> Result<Vec<Route>, String> {
    let css = "main{margin:0}.not-on-any-page{color:red}";
    let inlined = crate::style::Inlined {
        page: String::new(),
        files: Vec::new(),
        css: css.to_owned(),
        source: crate::style::hash_source(css),
    };
    let shell = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Tocsin</title><meta http-equiv=\"Content-Security-Policy\" \
            content=\"style-src {}\"><style>{css}</style></head><body></body></html>",
        inlined.source.replace('\'', "&#39;")
    );
    std::fs::create_dir_all(dist).map_err(|e| e.to_string())?;
    std::fs::write(dist.join("404.html"), shell).map_err(|e| e.to_string())?;
    let output = crate::output::Output::open(dist, None);
    let fit = crate::style::Fit::new(&inlined)?;
    super::write_pages(data, catalogs, &output, base_url, base, &fit)
}
