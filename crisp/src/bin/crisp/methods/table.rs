//! The macro the generated sections are written in: one entry per method gives its
//! catalog facts and its parameters once, and expands to both its row of the table
//! (a [`Method`](super::Method)) and its `run` function.
//!
//! An entry reads
//!
//! ```text
//! website get_conversation "getConversation" "Get A Conversation" "user,plugin" "GET"
//!     "/website/{website_id}/conversation/{session_id}" output
//!     [(required website_id: WebsiteId) (required session_id: SessionId)]
//!     => (&website_id, &session_id);
//! ```
//!
//! that is: the service and the Rust name, the node name, Crisp's label, the tiers, the
//! verb and the route, how the answer is given (`output`: the value; `paged`: a page, or
//! every page with `--all`), each parameter as `(kind name: Type)` — `page`, `required`,
//! `optional`, `body`, or `options name: Type = parser` for the option builders of
//! `options.rs` — and the expressions the method is called with.

/// A section: its `METHODS` and one `run` function per method.
macro_rules! section {
    ($(
        $service:ident $name:ident $node:literal $label:literal $tiers:literal $verb:literal
        $path:literal $answer:ident [$(($($param:tt)*))*] => ($($pass:expr),* $(,)?);
    )*) => {
        /// The methods of this section.
        pub(crate) const METHODS: &[$crate::methods::Method] = &[$(
            $crate::methods::Method {
                service: stringify!($service),
                name: stringify!($name),
                node: $node,
                label: $label,
                tiers: $tiers,
                verb: $verb,
                path: $path,
                args: &[$($crate::methods::table::arg!($($param)*)),*],
                paged: $crate::methods::table::answer!(@paged $answer),
                run: $name,
            }
        ),*];

        $(
            fn $name(client: crisp::Client, mut args: $crate::methods::Args) -> $crate::methods::Run {
                Box::pin(async move {
                    $($crate::methods::table::take!(args; $($param)*);)*
                    args.finish()?;
                    $crate::methods::table::answer!($answer client.$service().$name($($pass),*), args)
                })
            }
        )*
    };
}

/// The table row of one parameter.
macro_rules! arg {
    (@row $name:ident $ty:ty, $kind:ident) => {
        $crate::methods::Arg {
            name: stringify!($name),
            ty: stringify!($ty),
            kind: $crate::methods::Kind::$kind,
        }
    };
    (page $name:ident: $ty:ty) => { $crate::methods::table::arg!(@row $name $ty, Page) };
    (required $name:ident: $ty:ty) => { $crate::methods::table::arg!(@row $name $ty, Required) };
    (optional $name:ident: $ty:ty) => { $crate::methods::table::arg!(@row $name $ty, Optional) };
    (body $name:ident: $ty:ty) => { $crate::methods::table::arg!(@row $name $ty, Body) };
    (options $name:ident: $ty:ty = $parse:path) => {
        $crate::methods::table::arg!(@row $name $ty, Options)
    };
}

/// Binds one parameter, parsed from the arguments.
macro_rules! take {
    ($args:ident; page $name:ident: $ty:ty) => {
        let $name: $ty = $args.page(stringify!($name))?;
    };
    ($args:ident; required $name:ident: $ty:ty) => {
        let $name: $ty = $args.required(stringify!($name))?;
    };
    ($args:ident; optional $name:ident: $ty:ty) => {
        let $name: Option<$ty> = $args.optional(stringify!($name))?;
    };
    ($args:ident; body $name:ident: $ty:ty) => {
        let $name: $ty = $args.body(stringify!($name))?;
    };
    ($args:ident; options $name:ident: $ty:ty = $parse:path) => {
        let $name = $parse(&mut $args)?;
    };
}

/// How the answer is given: the value (`output`) or a page (`paged`).
macro_rules! answer {
    (@paged output) => {
        false
    };
    (@paged paged) => {
        true
    };
    (output $call:expr, $args:ident) => {
        $crate::methods::output($call.await)
    };
    (paged $call:expr, $args:ident) => {
        $crate::methods::paged($call, &$args).await
    };
}

pub(crate) use {answer, arg, section, take};
