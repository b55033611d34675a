"""Independent check of Tocsin's mail output with Python's standard library.

Reads a JSON list of cases, each with a mailto link, an .eml text and the
fields they must carry, and parses both with urllib.parse and email. Prints
every disagreement and exits 1 if there is any.
"""
import email
import email.policy
import json
import sys
from urllib.parse import unquote, urlsplit


def check(case):
    problems = []
    link = urlsplit(case["mailto"])
    if link.scheme != "mailto":
        problems.append(f"scheme {link.scheme!r}")
    to = [unquote(a, errors="strict") for a in link.path.split(",")]
    if to != case["to"]:
        problems.append(f"mailto to {to!r} != {case['to']!r}")
    params = {}
    for pair in link.query.split("&"):
        key, _, value = pair.partition("=")
        if key in params:
            problems.append(f"mailto repeats {key!r}")
        params[unquote(key)] = unquote(value, errors="strict")
    allowed = {"subject", "body"} | ({"cc"} if case["cc"] else set())
    if set(params) != allowed:
        problems.append(f"mailto parameters {sorted(params)} != {sorted(allowed)}")
    if params.get("subject") != case["subject"]:
        problems.append(f"mailto subject {params.get('subject')!r}")
    if params.get("body") != case["body"]:
        problems.append(f"mailto body {params.get('body')!r}")
    if case["cc"] and params.get("cc", "").split(",") != case["cc"]:
        problems.append(f"mailto cc {params.get('cc')!r}")

    message = email.message_from_string(case["eml"], policy=email.policy.default)
    if message.defects:
        problems.append(f"eml defects {message.defects!r}")
    eml_to = [a.addr_spec for a in message["To"].addresses]
    if eml_to != case["to"]:
        problems.append(f"eml To {eml_to!r}")
    eml_cc = [a.addr_spec for a in message["Cc"].addresses] if message["Cc"] else []
    if eml_cc != case["cc"]:
        problems.append(f"eml Cc {eml_cc!r}")
    if "Bcc" in message:
        problems.append("eml has a Bcc header")
    if str(message["Subject"]) != case["subject"]:
        problems.append(f"eml Subject {str(message['Subject'])!r}")
    body = message.get_content().replace("\r\n", "\n")
    expected = case["body"].replace("\r\n", "\n")
    if body.rstrip("\n") != expected.rstrip("\n"):
        problems.append(f"eml body {body!r} != {expected!r}")
    return problems


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    failed = 0
    for number, case in enumerate(cases, 1):
        for problem in check(case):
            failed += 1
            print(f"case {number}: {problem}")
    if failed:
        sys.exit(1)
    print(f"{len(cases)} cases agree")


main()
