//! What the checker tells an editor: a misspelt field named with the one
//! it was meant to be, and JSON's own mistakes (a missing comma, curly
//! quotes, a line break typed into a letter) in words, at the line to change.

use super::malformed::{edit, run_case};

#[test]
fn editors_read_what_to_change_and_where() {
    let mut failures = Vec::new();
    macro_rules! case {
        ($($args:tt)*) => {
            failures.extend(run_case($($args)*))
        };
    }
    const A: &str = "articles/a.json";
    const C: &str = "campaigns/c.json";
    case!(
        "misspelt field",
        |f| edit(
            f,
            C,
            "  \"status\"",
            "  \"deadlne\": \"2010-04-29\",\n  \"status\""
        ),
        &[(
            C,
            "/deadlne",
            6,
            14,
            "unknown field `deadlne`: did you mean `deadline`?"
        )]
    );
    case!(
        "misspelt field that is required",
        |f| edit(f, C, "\"email\": \"p@", "\"emial\": \"p@"),
        &[
            (C, "/targets/0", 8, 15, "`email` is missing"),
            (
                C,
                "/targets/0/emial",
                8,
                60,
                "unknown field `emial`: did you mean `email`?"
            ),
        ]
    );
    case!(
        "misspelt block",
        |f| edit(
            f,
            A,
            "{\"paragraph\": \"Hello\"}",
            "{\"paragrph\": \"Hello\"}"
        ),
        &[(
            A,
            "/body/0",
            8,
            22,
            "found paragrph: did you mean paragraph?"
        )]
    );
    case!(
        "editors' note",
        |f| edit(
            f,
            A,
            "  \"title\"",
            "  \"_note\": \"check the date\",\n  \"title\""
        ),
        &[]
    );
    case!(
        "capitalised status",
        |f| edit(f, C, "\"active\"", "\"Active\""),
        &[(
            C,
            "/status",
            6,
            20,
            "status must be one of active, won, closed; found Active"
        )]
    );
    case!(
        "missing comma",
        |f| edit(f, A, "\"title\": \"A\",", "\"title\": \"A\""),
        &[(A, "", 3, 15, "a comma is missing at the end of this line")]
    );
    case!(
        "line break in a letter",
        |f| edit(
            f,
            C,
            "{target_name}, {sender_name}",
            "{target_name},\n{sender_name}"
        ),
        &[(C, "", 9, 86, "a letter in JSON writes a line break as \\n")]
    );
    case!(
        "curly quotes",
        |f| edit(f, A, "\"title\": \"A\"", "\"title\": “A”"),
        &[(A, "", 3, 12, "curly quotes")]
    );
    case!(
        "missing greeting",
        |f| edit(
            f,
            C,
            "\"body\": \"Dear {target_name}",
            "\"body\": \"{salutation}"
        ),
        &[(C, "/letters/0/greeting", 9, 15, "needs a greeting")]
    );
    assert!(
        failures.is_empty(),
        "{} of the cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
