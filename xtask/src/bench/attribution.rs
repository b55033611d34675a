//! Which crates the wasm's bytes come from, read from twiggy's per-item
//! sizes of the unoptimised module (it still has function names).

use std::collections::BTreeMap;

/// Bytes by crate, largest first, from `twiggy top --format csv` output.
pub fn by_crate(csv: &str) -> Vec<(String, u64)> {
    let mut totals: BTreeMap<String, u64> = BTreeMap::new();
    for line in csv.lines().skip(1) {
        // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent:
        // the name may hold commas, so split from the right.
        let mut fields = line.rsplitn(5, ',').skip(3);
        let (size, name) = (fields.next(), fields.next());
        let (Some(size), Some(name)) = (size.and_then(|s| s.parse::<u64>().ok()), name) else {
            continue;
        };
        let name = name.trim_matches('"').replace("\"\"", "\"");
        let name = name.as_str();
        if name.contains("function names") || name.starts_with("custom section") {
            continue;
        }
        *totals.entry(crate_of(name)).or_default() += size;
    }
    let mut list: Vec<_> = totals.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// The crate a mangled item belongs to: the first path segment, looking
/// through `<`, `&`, `mut` and `dyn`; data segments and wasm-bindgen's
/// descriptors get groups of their own.
fn crate_of(name: &str) -> String {
    if name.starts_with("data segment") {
        return "(data)".into();
    }
    if name.contains("wbindgen_describe")
        || name.starts_with("import ")
        || name.starts_with("export ")
    {
        return "(wasm-bindgen glue)".into();
    }
    let mut trimmed = name
        .trim_start_matches(['<', '&', '*', ' '])
        .trim_start_matches("mut ")
        .trim_start_matches("dyn ");
    // `<T as tachys::view::Render>::build`: a generic's impl belongs to the trait's crate.
    if let Some((self_type, rest)) = trimmed.split_once(" as ")
        && !self_type.contains("::")
    {
        trimmed = rest.trim_start_matches(['<', '&', '*', ' ']);
    }
    let segment: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if trimmed[segment.len()..].starts_with("::") || trimmed[segment.len()..].starts_with('[') {
        segment
    } else {
        "(other)".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_items_by_crate() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\
            \"\"\"function names\"\" subsection\",1000,10,,\n\
            reactive_graph::graph::untrack::h1,300,3,,\n\
            \"<serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq::h2\",200,2,,\n\
            <dlmalloc[e24a]::Dlmalloc>::malloc,50,0.5,,\n\
            \"data segment \"\".rodata\"\"\",70,0.7,,\n\
            \"tocsin::api::campaign::{{closure}}::h3\",10,0.1,,\n\
            reactive_graph::x,5,0.05,,\n\
            \"<T as tachys::view::Render>::build::h4\",7,0.07,,\n";
        assert_eq!(
            by_crate(csv),
            [
                ("reactive_graph".to_owned(), 305),
                ("serde_json".into(), 200),
                ("(data)".into(), 70),
                ("dlmalloc".into(), 50),
                ("tocsin".into(), 10),
                ("tachys".into(), 7)
            ]
        );
    }
}
