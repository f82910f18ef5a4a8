//! The progress of `crisp call --all` on stderr: one line redrawn on a terminal, a line
//! per page otherwise.

use std::io::{IsTerminal, Write};

/// Reports pages read.
#[derive(Debug)]
pub(crate) struct Progress {
    terminal: bool,
}

impl Progress {
    /// A reporter for stderr.
    pub(crate) fn new() -> Progress {
        Progress {
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Page `number` read (the `pages`-th), `items` printed so far.
    pub(crate) fn update(&self, pages: u32, number: u32, items: u64) {
        let mut err = std::io::stderr().lock();
        let bar = "#".repeat(pages.min(40) as usize);
        if self.terminal {
            let _ = write!(err, "\r[{bar:<40}] page {number}, {items} items");
        } else {
            let _ = writeln!(err, "crisp: page {number} read, {items} items so far");
        }
        let _ = err.flush();
    }

    /// The walk ended.
    pub(crate) fn done(&self, pages: u32, items: u64) {
        let mut err = std::io::stderr().lock();
        if self.terminal {
            let _ = writeln!(err);
        }
        let _ = writeln!(err, "crisp: {items} items in {pages} pages");
    }
}
