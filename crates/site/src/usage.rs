//! What a step of the build costs: wall time, processor time and the peak
//! memory of this process and the programs it waited for, read from Linux's
//! `/proc` (elsewhere only the wall time is known).

use std::time::{Duration, Instant};

/// A step being measured.
pub struct Usage {
    started: Instant,
    cpu_at_start: Option<Duration>,
}

/// Processor time of this process and its waited-for children, from
/// `/proc/self/stat` (fields 14–17, in clock ticks of 1/100 s on Linux).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces: count after its `)`.
    let fields: Vec<u64> = stat
        .rsplit_once(')')?
        .1
        .split_whitespace()
        .skip(11)
        .take(4)
        .filter_map(|f| f.parse().ok())
        .collect();
    (fields.len() == 4).then(|| Duration::from_millis(fields.iter().sum::<u64>() * 10))
}

/// This process's peak resident memory in bytes (`VmHWM`).
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

impl Usage {
    /// Starts measuring.
    pub fn start() -> Usage {
        Usage {
            started: Instant::now(),
            cpu_at_start: cpu_time(),
        }
    }

    /// One line: the wall time, the processor time and how many cores that
    /// kept busy on average, and the peak memory of the process so far.
    pub fn report(&self) -> String {
        let wall = self.started.elapsed();
        let mut line = format!("{:.1} s", wall.as_secs_f64());
        if let Some(cpu) = cpu_time()
            .zip(self.cpu_at_start)
            .map(|(now, then)| now.saturating_sub(then))
        {
            let cores = cpu.as_secs_f64() / wall.as_secs_f64().max(0.001);
            line.push_str(&format!(
                " (processor {:.1} s, {cores:.1} cores busy)",
                cpu.as_secs_f64()
            ));
        }
        if let Some(peak) = peak_memory() {
            line.push_str(&format!(", peak memory {} MB", peak / 1_000_000));
        }
        line
    }
}
