//! Rules for the build's own installs and for the docs' examples, which no generated file
//! states: tool installs are locked and pinned, and no example sends the reader's answers to
//! analytics.
#![cfg(not(target_arch = "wasm32"))]

const MAKEFILE: &str = include_str!("../Makefile");

/// `make help` names every target the Makefile has, and no other.
#[test]
fn make_help_lists_every_target() {
    let targets: Vec<&str> = MAKEFILE
        .lines()
        .filter_map(|line| line.split_once(':').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect();
    let help: Vec<&str> = MAKEFILE
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("@echo \"make "))
        .filter_map(|rest| rest.split([' ', '"']).next())
        .collect();
    assert!(targets.len() >= 20, "{targets:?}");
    for target in &targets {
        assert!(help.contains(target), "make help lacks {target}");
    }
    for named in &help {
        assert!(targets.contains(named), "make help names {named}, which the Makefile lacks");
    }
}

/// The build's own tool installs (the security review of 2026-12-07, F9), in the Makefile and
/// tools/setup.sh: every `cargo install` is `--locked` (the tool's own lockfile, not the newest
/// semver-compatible crates of the day) and names its `--version`, or builds a `--path` whose
/// version is fixed; every `npm ci` runs no install scripts (`--ignore-scripts`). Comment lines
/// are prose; a command ends at `; `, `||`, `&&` or the line's end, so the hints printed on
/// failure ("run by hand: ...") are held to the same rule. Returns the installs read and the
/// problems, each naming the file and line.
fn install_problems(file: &str, text: &str) -> (usize, Vec<String>) {
    let (mut found, mut problems) = (0, Vec::new());
    for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.trim_start().starts_with('#')) {
        for (command, needs) in [
            ("cargo install", &[&["--locked"][..], &["--version ", "--path "][..]][..]),
            ("npm ci", &[&["--ignore-scripts"][..]][..]),
        ] {
            for (at, _) in line.match_indices(command) {
                let rest = &line[at..];
                if !rest[command.len()..].is_empty() && !rest[command.len()..].starts_with([' ', '"', '\'']) {
                    continue; // another word (`npm cit`)
                }
                found += 1;
                let end = ["; ", "||", "&&"].iter().filter_map(|stop| rest.find(stop)).min().unwrap_or(rest.len());
                let invocation = rest[..end].trim_end();
                for any_of in needs.iter().filter(|any_of| !any_of.iter().any(|flag| invocation.contains(flag))) {
                    let flags: Vec<&str> = any_of.iter().map(|flag| flag.trim()).collect();
                    problems.push(format!("{file}:{}: `{invocation}` lacks {}", number + 1, flags.join(" or ")));
                }
            }
        }
    }
    (found, problems)
}

#[test]
fn tool_installs_are_locked_pinned_and_run_no_install_scripts() {
    let setup = include_str!("../tools/setup.sh");
    let mut problems = Vec::new();
    for (file, text) in [("Makefile", MAKEFILE), ("tools/setup.sh", setup)] {
        let (found, mut more) = install_problems(file, text);
        assert!(found >= 3, "{file}: only {found} installs found; is the check still reading the commands?");
        problems.append(&mut more);
    }
    assert!(problems.is_empty(), "unlocked or scripted installs:\n{}", problems.join("\n"));

    // The check itself: it catches each omission, and reads past quotes and variables.
    let bad = [
        ("\tcargo install twiggy --version 0.8.0 --root $(DIR); }", "--locked"),
        ("  cargo install --locked cargo-fuzz --root \"$DIR\" || fail", "--version or --path"),
        ("  npm ci --no-audit --no-fund || fail \"run by hand: npm ci --ignore-scripts\"", "--ignore-scripts"),
        ("\t@cd tests/app && { npm ci --no-audit && touch x; }", "--ignore-scripts"),
    ];
    for (line, lacks) in bad {
        let (found, problems) = install_problems("x", line);
        assert_eq!(found, 1 + usize::from(line.contains("hand: npm")), "{line}");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].ends_with(&format!("lacks {lacks}")), "{}", problems[0]);
    }
    let good = "  cargo install --locked wasm-bindgen-cli --version \"$V\" --root \"$D\" || fail \"run by hand: cargo install --locked wasm-bindgen-cli --version $V --root $D\"";
    assert_eq!(install_problems("x", good), (2, vec![]));
    assert_eq!(install_problems("x", "# cargo install anything, in prose\nnpm ci --ignore-scripts"), (1, vec![]));
}

/// The documents: the README, the package's README, the editors' guide, the changelog and
/// every page of docs/.
fn documents() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents: Vec<_> =
        ["README.md", "pkg-config/README.md", "content/README.md", "CHANGELOG.md"].map(|file| root.join(file)).into();
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        documents.push(entry.unwrap().path());
    }
    documents.retain(|path| path.extension().is_some_and(|e| e == "md"));
    documents
}

/// The security review of 2026-12-07, F5: the README's own examples sent `mrcc-change` details,
/// the reader's health answers, to `track()`. No example in any document forwards an event's
/// detail to anything that looks like analytics, and the privacy paragraph for hosts is there.
#[test]
fn no_document_sends_the_answers_to_analytics() {
    let documents = documents();
    let mut privacy = false;
    for path in &documents {
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines() {
            let lower = line.to_lowercase();
            let forwards = ["track(", "gtag(", "datalayer.push", "analytics.", "sendbeacon(", "posthog.", "mixpanel."]
                .iter()
                .any(|call| lower.contains(call));
            assert!(!(forwards && lower.contains("detail")), "{}: {line}", path.display());
        }
        privacy |= text.contains("**Privacy for hosts.**") && text.contains("share-answers");
    }
    assert!(documents.len() >= 4, "{documents:?}");
    assert!(privacy, "no document has the privacy paragraph for hosts (**Privacy for hosts.**)");
}

/// GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Every relative link in the documents reaches a file, and
/// its `#anchor` a heading there: the sections the README once held stay reachable.
#[test]
fn every_link_between_the_docs_arrives() {
    let mut checked = 0;
    let mut broken = Vec::new();
    for document in &documents() {
        let text = std::fs::read_to_string(document).unwrap();
        for (at, _) in text.match_indices("](") {
            let rest = &text[at + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = &rest[..end];
            if target.contains("://") || target.starts_with("mailto:") || target.contains(' ') {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let path = if file.is_empty() { document.clone() } else { document.parent().unwrap().join(file) };
            checked += 1;
            if !path.exists() {
                broken.push(format!("{}: {target}: no such file", document.display()));
            } else if !fragment.is_empty() && path.extension().is_some_and(|e| e == "md") {
                let headings = std::fs::read_to_string(&path).unwrap();
                let found = headings
                    .lines()
                    .filter_map(|line| line.strip_prefix('#'))
                    .any(|line| anchor(line.trim_start_matches('#')) == fragment);
                if !found {
                    broken.push(format!("{}: {target}: no such heading", document.display()));
                }
            }
        }
    }
    assert!(checked >= 30, "only {checked} links read");
    assert!(broken.is_empty(), "{broken:#?}");
    assert_eq!(
        anchor(" Printing, the browser's Back, another tag name"),
        "printing-the-browsers-back-another-tag-name"
    );
}
