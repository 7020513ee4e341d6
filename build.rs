//! Rebuilds the crate when a translation changes: `t!` checks keys against
//! `i18n/en-US/steady.ftl` at compile time, and the release binary embeds every `.ftl`.

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n.toml");
}
