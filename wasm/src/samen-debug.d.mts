// The Emscripten factory of samen-debug.mjs (built by wasm/CMakeLists.txt, copied beside dist/index.js).
import type { ModuleFactory } from './module.js';
declare const createSamenModule: ModuleFactory;
export default createSamenModule;
