//! `tocsin-site <command>` (`cargo site <command>` in the repository): the
//! release build, the content checker and the WordPress import.

use std::process::ExitCode;
use tocsin_site::commands::{self, DEPLOY, USAGE};
use tocsin_site::project::Project;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let project = Project::locate();
    match commands::run(&project, &args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            let help = matches!(
                args.first().map(String::as_str),
                Some("help" | "-h" | "--help")
            );
            let usage = format!("usage: cargo site <command>\n\ncommands:\n{USAGE}\n\n{DEPLOY}");
            match help {
                true => println!("{usage}"),
                false => eprintln!("tocsin-site: unknown or missing command\n{usage}"),
            }
            if help {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(why) => {
            eprintln!("tocsin-site: {why}");
            ExitCode::FAILURE
        }
    }
}
