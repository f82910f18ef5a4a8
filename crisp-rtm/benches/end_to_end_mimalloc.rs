//! The `end_to_end` benchmark with mimalloc as the global allocator instead of the
//! system's (glibc) malloc, to show what the allocator costs per event; same knobs, same
//! output (see `end_to_end.rs`). The library itself sets no allocator.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "end_to_end.rs"]
mod end_to_end;

fn main() {
    end_to_end::main();
}
