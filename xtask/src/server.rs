//! The e2e static server (`e2e/serve.mjs`) on loopback, which serves a
//! built site as docs/deploy.md asks of a host: the bench measures through
//! it, and `cargo xtask serve` previews through it.

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;
use tocsin_site::project::Project;

/// The server, stopped when dropped.
pub struct Server(Child);

impl Server {
    /// Serves the folder `root` on `port`, brotli-compressed when `brotli`
    /// (as a CDN sends it, for measuring what a reader downloads).
    pub fn start(
        project: &Project,
        root: &Path,
        port: u16,
        brotli: bool,
    ) -> Result<Server, String> {
        // Another server left running would answer in this one's place
        // without a word.
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Err(format!(
                "port {port} is already in use: stop what listens there and try again"
            ));
        }
        let mut command = project.command("node");
        command
            .current_dir(project.e2e())
            .arg("serve.mjs")
            .arg(root)
            .arg(port.to_string())
            .stdout(Stdio::null());
        if brotli {
            command.arg("--brotli");
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start the static server: {e}"))?;
        let server = Server(child);
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!("the static server did not listen on port {port}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already gone is fine.
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
