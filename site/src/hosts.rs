//! The host recipes (README, "Hosting"): the nginx configuration of the app, at the site root
//! or under a sub-path, and the headers file it includes. The README's snippets are this
//! module's output (a test checks the README against it), and the browser tests run nginx
//! with exactly this configuration (`tests/hosts/`), so what the README says is what runs.

use super::headers::{IMMUTABLE, REVALIDATE};

/// `dist/_headers.nginx`: the headers a host should send, as nginx directives for the app's
/// `location` (`include`d there). A file whose name carries its content's hash is kept for a
/// year; every other file is asked for again each time.
pub fn nginx_headers(security: &[(&str, String)]) -> String {
    let mut out = String::from(
        "# Written by the build (site/src/hosts.rs): the headers of the app, for its nginx location.\n",
    );
    for (k, v) in security {
        out.push_str(&format!("add_header {k} \"{v}\" always;\n"));
    }
    out.push_str(&format!(
        "set $app_cache_control \"{REVALIDATE}\";\n\
if ($uri ~ \"-[0-9a-f]{{16}}(_bg\\.wasm|\\.js)$\") {{\n    set $app_cache_control \"{IMMUTABLE}\";\n}}\n\
add_header Cache-Control $app_cache_control always;\n"
    ));
    out
}

/// The nginx `location` of the app, whose files (the contents of `dist/`) are in `folder`,
/// served at `at` (`/`, or a sub-path such as `/gpa-2021/`). `headers` adds the `include`
/// of the headers file (a host that sends none leaves it out).
pub fn nginx_location(folder: &str, at: &str, headers: bool) -> String {
    let folder = folder.trim_end_matches('/');
    let include = if headers {
        format!("    include {folder}/_headers.nginx;\n")
    } else {
        String::new()
    };
    if at == "/" {
        format!(
            "location / {{\n    root {folder};\n    try_files $uri $uri.html $uri/ =404;\n    error_page 404 /404.html;\n{include}}}\n"
        )
    } else {
        let at = format!("/{}/", at.trim_matches('/'));
        let parent = folder
            .strip_suffix(at.trim_end_matches('/'))
            .unwrap_or(folder);
        format!(
            "location {at} {{\n    root {parent};\n    try_files $uri $uri.html $uri/ =404;\n    error_page 404 {at}404.html;\n{include}}}\nlocation = {} {{\n    return 301 {at};\n}}\n",
            at.trim_end_matches('/')
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README gives these very blocks.
    #[test]
    fn the_readme_gives_the_recipes_the_tests_run() {
        let readme = include_str!("../../README.md");
        for (folder, at) in [
            ("/srv/www/gpa-2021", "/"),
            ("/srv/www/gpa-2021", "/gpa-2021/"),
        ] {
            // Inside a list item, two spaces in.
            let block: String = nginx_location(folder, at, true)
                .lines()
                .map(|l| format!("  {l}\n"))
                .collect();
            assert!(readme.contains(&block), "README misses:\n{block}");
        }
    }

    #[test]
    fn a_sub_path_is_served_from_the_folder_above_it() {
        let block = nginx_location("/srv/www/gpa-2021/", "/gpa-2021", true);
        assert!(block.contains("location /gpa-2021/ {\n    root /srv/www;\n"));
        assert!(block.contains("error_page 404 /gpa-2021/404.html;"));
        assert!(block.contains("location = /gpa-2021 {\n    return 301 /gpa-2021/;"));
        assert!(!nginx_location("/d", "/", false).contains("include"));
    }
}
