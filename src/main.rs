//! The `steady` binary: everything lives in the library; see `steady::cli`.

fn main() -> std::process::ExitCode {
    steady::cli::main()
}
