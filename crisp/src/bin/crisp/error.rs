//! The errors of the command line, and their exit codes.

use std::fmt;

/// Why a command failed.
#[derive(Debug)]
pub(crate) struct CliError {
    message: String,
    code: i32,
}

impl CliError {
    /// A bad command line or argument (exit 2).
    pub(crate) fn usage(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 2,
        }
    }

    /// A failure talking to Crisp, the sandbox or a receiver (exit 1).
    pub(crate) fn failed(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }

    /// Something that should not happen (exit 3).
    pub(crate) fn internal(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 3,
        }
    }

    /// An I/O failure.
    pub(crate) fn io(error: std::io::Error) -> CliError {
        CliError::failed(format!("i/o: {error}"))
    }

    /// The exit code.
    pub(crate) fn code(&self) -> i32 {
        self.code
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<crisp::Error> for CliError {
    fn from(error: crisp::Error) -> CliError {
        // Display of crisp::Error never holds the key (see crisp-core).
        CliError::failed(error.to_string())
    }
}

impl From<crisp::sandbox::SandboxError> for CliError {
    fn from(error: crisp::sandbox::SandboxError) -> CliError {
        CliError::failed(format!("sandbox: {error}"))
    }
}
