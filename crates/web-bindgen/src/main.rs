//! Writes the JavaScript glue of the web build: what `wasm-bindgen --target web --no-typescript
//! --omit-default-module-path` does, through the library that command is built on
//! (scripts/package-web.sh runs it).
//!
//! ```sh
//! web-bindgen APP.wasm OUT_DIR NAME   # writes OUT_DIR/NAME.js and OUT_DIR/NAME_bg.wasm
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, name] = args.as_slice() else {
        eprintln!("usage: web-bindgen APP.wasm OUT_DIR NAME");
        return ExitCode::from(2);
    };
    match generate(&PathBuf::from(input), &PathBuf::from(out_dir), name) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("web-bindgen: {input}: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn generate(input: &std::path::Path, out_dir: &std::path::Path, name: &str) -> anyhow::Result<()> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(input)
        .web(true)?
        .typescript(false)
        // web/start.mjs hands the glue the download itself, so no default address is needed.
        .omit_default_module_path(true)
        .out_name(name)
        .generate(out_dir)
}
