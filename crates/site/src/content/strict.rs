//! Decoding a content file as the checker does: into the app's own types,
//! which read leniently (a newer file still loads in an older app), while
//! noting every field the types do not know, so a misspelt `deadlne` is
//! named with the field it was meant to be. Keys beginning with `_` are
//! editors' notes and pass, as does `$schema`, which points an editor's
//! tool at the file's JSON Schema.

use super::check::Problem;
use super::wording;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tocsin::validate::{Issue, Rule, pointer};

/// A content file decoded: its value or the first error, and the fields
/// it holds that nothing reads.
pub struct Strict<T> {
    /// The value, or the first error, worded for an editor and placed
    /// where to change it.
    pub value: Result<T, Problem>,
    /// An issue for each unknown field, found even when `value` is an error,
    /// since the misspelt field is often why a required one is missing.
    pub unknown: Vec<Issue>,
}

/// The JSON Schema of `T`, which says what fields each object may hold.
pub fn schema<T: JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default()
}

/// Decodes `text` as `T`, whose JSON Schema is `schema`.
pub fn decode<T: DeserializeOwned>(text: &str, schema: &Value) -> Strict<T> {
    let tree: Value = match serde_json::from_str(text) {
        Ok(tree) => tree,
        Err(e) => {
            let value = Err(wording::json_problem(text, String::new(), &e));
            let unknown = Vec::new();
            return Strict { value, unknown };
        }
    };
    let mut unknown = Vec::new();
    unknown_fields(schema, &[schema], &tree, &mut Vec::new(), &mut unknown);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let at = pointer_of(error.path());
        wording::json_problem(text, at, &error.into_inner())
    });
    Strict { value, unknown }
}

/// `tree` (an article read from Markdown) decoded as `T`, whose JSON Schema
/// is `schema`: the value or the first error, as an issue at its pointer in
/// an editor's words, and an issue for each unknown field.
pub fn decode_tree<T: DeserializeOwned>(
    tree: Value,
    schema: &Value,
) -> (Result<T, Issue>, Vec<Issue>) {
    let mut unknown = Vec::new();
    unknown_fields(schema, &[schema], &tree, &mut Vec::new(), &mut unknown);
    let value = serde_path_to_error::deserialize(tree).map_err(|error| {
        let at = pointer_of(error.path());
        let message = wording::data_words(&error.into_inner().to_string(), &at);
        Issue {
            pointer: at,
            message,
            rule: Rule::Other,
        }
    });
    (value, unknown)
}

/// Adds to `out` every key of `value` (at `path`) and of the values inside
/// it that none of the schemas `here` allows, skipping editors' notes.
fn unknown_fields(
    root: &Value,
    here: &[&Value],
    value: &Value,
    path: &mut Vec<String>,
    out: &mut Vec<Issue>,
) {
    let here: Vec<&Value> = here.iter().flat_map(|s| expand(root, s, 0)).collect();
    // Where no schema describes members (a value of the wrong type), the
    // decoding error says what is wrong.
    let described = [
        "properties",
        "patternProperties",
        "additionalProperties",
        "items",
    ];
    if !here
        .iter()
        .any(|s| described.iter().any(|k| s.get(k).is_some()))
    {
        return;
    }
    let variants = is_variant_choice(&here);
    let mut visit = |token: String, inner: &Value, out: &mut Vec<Issue>| {
        let next: Vec<&Value> = here.iter().filter_map(|s| member(s, &token)).collect();
        // An unknown variant, such as a `video` block, is the decoding's
        // error to name, with the choices.
        let note = token.starts_with('_') || token == "$schema" || variants;
        path.push(token);
        match (next.is_empty(), note) {
            (true, false) => out.push(unknown_field(root, path)),
            (true, true) => {}
            (false, _) => unknown_fields(root, &next, inner, path, out),
        }
        path.pop();
    };
    match value {
        Value::Object(members) => {
            for (key, inner) in members {
                visit(key.clone(), inner, out);
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                visit(index.to_string(), inner, out);
            }
        }
        _ => {}
    }
}

/// Whether `here` is a choice of variants written as objects of one key
/// (`{"paragraph": …}` or `{"heading": …}`).
fn is_variant_choice(here: &[&Value]) -> bool {
    let objects: Vec<&Value> = here
        .iter()
        .copied()
        .filter(|s| s.get("properties").is_some())
        .collect();
    let one_key = |s: &Value| {
        let properties = s
            .get("properties")
            .and_then(Value::as_object)
            .map_or(0, |p| p.len());
        let required = s
            .get("required")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        properties == 1 && required == 1
    };
    objects.len() > 1 && objects.iter().all(|s| one_key(s))
}

/// The schema of member `token` (a key, or an index) under `schema`. A
/// key of a map by language or country (`patternProperties`) has its
/// value's schema whatever it is: the decoding says when it is no tag.
fn member<'a>(schema: &'a Value, token: &str) -> Option<&'a Value> {
    let keyed = || {
        schema
            .get("patternProperties")?
            .as_object()?
            .values()
            .next()
    };
    (schema.get("properties").and_then(|p| p.get(token)))
        .or_else(keyed)
        .or_else(|| schema.get("additionalProperties").filter(|a| a.is_object()))
        .or_else(|| {
            schema
                .get("items")
                .filter(|_| token.parse::<usize>().is_ok())
        })
}

/// The issue of the unknown field at `path`, with the nearest of the names
/// the schema knows there, or the list of them.
fn unknown_field(schema: &Value, path: &[String]) -> Issue {
    let name = path.last().map_or("", String::as_str);
    let known = known_names(schema, &path[..path.len().saturating_sub(1)]);
    let nearest = (known.iter())
        .map(|k| (strsim::damerau_levenshtein(name, k), k))
        .filter(|(distance, k)| *distance <= (k.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance);
    let message = match nearest {
        Some((_, k)) => format!("unknown field `{name}`: did you mean `{k}`?"),
        None if known.is_empty() => format!("unknown field `{name}`: nothing reads it here"),
        None => format!(
            "unknown field `{name}`: the fields here are {} (a name starting with _ is kept as a note)",
            known.join(", ")
        ),
    };
    Issue {
        pointer: pointer(path),
        message,
        rule: Rule::Other,
    }
}

/// The field names the schema allows in the object at `path`.
fn known_names(schema: &Value, path: &[String]) -> Vec<String> {
    let mut here = expand(schema, schema, 0);
    for token in path {
        here = (here.iter())
            .filter_map(|s| member(s, token))
            .flat_map(|m| expand(schema, m, 0))
            .collect();
    }
    let mut names: Vec<String> = (here.iter())
        .filter_map(|s| s.get("properties")?.as_object())
        .flat_map(|p| p.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `node` with its `$ref` followed and its `oneOf`, `anyOf` and `allOf`
/// branches spread out: every object schema a value there may match.
fn expand<'a>(root: &'a Value, node: &'a Value, depth: usize) -> Vec<&'a Value> {
    if depth > 32 {
        return Vec::new();
    }
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        let name = target.trim_start_matches("#/$defs/");
        return (root.get("$defs").and_then(|d| d.get(name)))
            .map(|def| expand(root, def, depth + 1))
            .unwrap_or_default();
    }
    let mut out = vec![node];
    for key in ["oneOf", "anyOf", "allOf"] {
        for branch in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.extend(expand(root, branch, depth + 1));
        }
    }
    out
}

/// A serde_path_to_error path as a JSON pointer.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let tokens: Vec<String> = path
        .iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect();
    pointer(&tokens)
}
