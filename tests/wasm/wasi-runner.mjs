// Runs a wasm32-wasip1 test binary (cargo's test harness) under Node's WASI, so the engine's
// unit tests also run compiled to wasm: a difference between the native and the wasm
// build fails `make test`. Used as CARGO_TARGET_WASM32_WASIP1_RUNNER.
import { readFile } from "node:fs/promises";
import { WASI } from "node:wasi";
import process from "node:process";

const [file, ...args] = process.argv.slice(2);
const wasi = new WASI({
  version: "preview1",
  args: [file, ...args],
  env: { RUST_BACKTRACE: "0" },
  preopens: {},
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const code = wasi.start(instance);
process.exit(code);
