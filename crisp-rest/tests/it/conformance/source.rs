//! The public endpoint methods, read from `crisp-rest/src`: every `pub fn` returning a
//! `Call<…>` in a service folder, with the label and tiers of its doc line
//! (`/// *Crisp Label* — tiers: user, plugin.`).

use std::path::{Path, PathBuf};

use super::catalog::Catalog;

#[derive(Debug)]
pub(crate) struct Method {
    pub(crate) service: String,
    pub(crate) name: String,
    /// `None` when the method has no `*Label* — tiers: …` doc line.
    pub(crate) label: Option<(String, String)>,
    /// Whether it returns a `Call<Page<…>>`.
    pub(crate) paged: bool,
    pub(crate) file: PathBuf,
}

const SERVICES: &[&str] = &["website", "plugin", "plan", "media", "bucket"];

pub(crate) fn public_methods() -> Vec<Method> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut methods = Vec::new();
    for service in SERVICES {
        let mut files = Vec::new();
        collect_files(&src.join(service), &mut files);
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source file");
            scan(service, &file, &text, &mut methods);
        }
    }
    methods
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            collect_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn scan(service: &str, file: &Path, text: &str, out: &mut Vec<Method>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut label: Option<(String, String)> = None;
    for (index, line) in lines.iter().enumerate() {
        let line = line.trim();
        if let Some(doc) = line.strip_prefix("/// *") {
            label = parse_label(doc);
            continue;
        }
        if line.starts_with("///") || line.starts_with("#[") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("pub fn ") {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The signature runs to the line that opens the body.
            let signature: String = lines[index..]
                .iter()
                .take_while(|l| !l.trim_end().ends_with('{'))
                .chain(lines[index..].iter().find(|l| l.trim_end().ends_with('{')))
                .copied()
                .collect();
            if signature.contains("-> Call<") {
                out.push(Method {
                    service: service.to_owned(),
                    name,
                    label: label.take(),
                    paged: signature.contains("-> Call<Page<"),
                    file: file.to_owned(),
                });
            }
        }
        label = None;
    }
}

/// `Get People Profile* — tiers: user, plugin.` → (label, `user,plugin`).
fn parse_label(doc: &str) -> Option<(String, String)> {
    let (label, rest) = doc.split_once("* — tiers: ")?;
    let tiers = rest.split('.').next()?.trim();
    let tiers = if tiers == "not documented" {
        String::new()
    } else {
        tiers.split(", ").collect::<Vec<_>>().join(",")
    };
    Some((label.to_owned(), tiers))
}

pub(crate) fn compare(catalog: &Catalog, methods: &[Method]) -> Vec<String> {
    let mut problems = Vec::new();
    for method in methods {
        let tag = format!(
            "{}.{} ({})",
            method.service,
            method.name,
            method.file.display()
        );
        let Some((label, tiers)) = &method.label else {
            problems.push(format!(
                "{tag}: public method without a `/// *Label* — tiers: …` doc line"
            ));
            continue;
        };
        match catalog.find(&method.service, &method.name) {
            None => problems.push(format!("{tag}: no catalog row")),
            Some(row) => {
                if &row.label != label {
                    problems.push(format!(
                        "{tag}: label `{label}`, the row says `{}`",
                        row.label
                    ));
                }
                if row.path.contains("{page_number}") != method.paged {
                    problems.push(if method.paged {
                        format!("{tag}: the route is not paged, yet the method returns a Page")
                    } else {
                        format!("{tag}: the route is paged, yet the method returns no Page")
                    });
                }
                if &row.tiers != tiers {
                    problems.push(format!(
                        "{tag}: tiers `{tiers}`, the row says `{}`",
                        row.tiers
                    ));
                }
            }
        }
    }
    for row in &catalog.rows {
        let count = methods
            .iter()
            .filter(|m| m.service == row.service && m.name == row.method)
            .count();
        if count != 1 {
            problems.push(format!(
                "{}.{} ({} {}): {count} public methods",
                row.service, row.method, row.verb, row.path
            ));
        }
    }
    problems
}
