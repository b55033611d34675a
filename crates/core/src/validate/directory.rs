//! The rules of a directory of addresses, whether a campaign's reader
//! target lists it or it is a shared file of its own.

use super::{Issue, Rule, broken, one_line, pointer, require_text};
use crate::model::{CountryCode, Directory, DirectoryEntry, Keyed, ReaderTarget};

/// Checks a shared directory file on its own.
pub fn directory(d: &Directory) -> Vec<Issue> {
    let mut out = Vec::new();
    require_text(&mut out, "/name", &d.name);
    one_line(&mut out, "/name", &d.name);
    if d.countries.is_empty() {
        out.push(broken("/countries", Rule::NoCountry));
    }
    addresses(&mut out, &["countries"], &d.countries);
    out
}

/// Checks the reader target at `at` (`/reader_targets/<i>`).
pub(super) fn reader_target(out: &mut Vec<Issue>, at: &[&str], target: &ReaderTarget) {
    let label = pointer(&[at, &["label"]].concat());
    require_text(out, &label, &target.label);
    one_line(out, &label, &target.label);
    addresses(out, &[at, &["directory"]].concat(), &target.directory);
    // A published campaign holds its shared directory's addresses beside
    // the id; an editor's file holds one of them (`cross_check`).
    if target.directory.is_empty() && target.shared_directory.is_none() && !target.free_entry {
        out.push(broken(pointer(at), Rule::NoAddressWay));
    }
}

/// Checks the addresses at `at`: one list per country, one-line names.
fn addresses(
    out: &mut Vec<Issue>,
    at: &[&str],
    countries: &Keyed<CountryCode, Vec<DirectoryEntry>>,
) {
    if let Some(country) = countries.repeated() {
        let country = country.to_string();
        out.push(broken(pointer(at), Rule::CountryTwice { country }));
    }
    for (country, entries) in countries.iter() {
        for (j, entry) in entries.iter().enumerate() {
            let index = j.to_string();
            let name = pointer(&[at, &[country.as_str(), &index, "name"]].concat());
            require_text(out, &name, &entry.name);
            one_line(out, &name, &entry.name);
        }
    }
}
