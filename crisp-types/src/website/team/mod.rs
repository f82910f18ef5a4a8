//! Teams of operators.
