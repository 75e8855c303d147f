"""Hatchling build hook: compiles the text layer's C fast path (src/rasd/text/_fast.c).

Runs for both wheel builds (`pip install .`) and editable installs (`pip install -e .`). The extension is
compiled in place, next to its source (src/rasd/text/_fast<EXT_SUFFIX>, git-ignored), so an editable install
imports it from the source tree; a wheel carries it (and is then tagged for this interpreter and platform).

The extension is optional: if there is no C compiler or the compilation fails, the build prints one line saying
so and goes on, and rasd runs on its pure-Python tokenizer (the reference implementation). ``RASD_NO_EXTENSION=1``
skips the compilation; ``CC`` chooses the compiler (default: the one Python was built with).
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src") / "rasd" / "text" / "_fast.c"


def compile_extension(root: Path) -> Path | None:
    """Compile the extension in place; its path, or None (with a one-line note on stderr) when it cannot be."""
    src = root / SOURCE
    out = src.with_name("_fast" + (sysconfig.get_config_var("EXT_SUFFIX") or ".so"))
    if os.environ.get("RASD_NO_EXTENSION", "") not in ("", "0"):
        print("rasd: RASD_NO_EXTENSION is set, not compiling the C fast path (pure-Python text layer)",
              file=sys.stderr)
        return None
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    include = sysconfig.get_paths()["include"]
    tmp = out.with_name(out.name + ".tmp")
    cmd = [*cc, "-shared", "-fPIC", "-O2", "-DNDEBUG", "-Wall", "-std=c99", f"-I{include}", str(src), "-o",
           str(tmp)]
    try:
        res = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"rasd: could not compile the C fast path ({exc}); using the pure-Python text layer",
              file=sys.stderr)
        return None
    if res.returncode != 0:
        first = (res.stderr.strip().splitlines() or [f"{cmd[0]} exited with status {res.returncode}"])[0]
        print(f"rasd: compiling the C fast path failed ({first}); using the pure-Python text layer",
              file=sys.stderr)
        tmp.unlink(missing_ok=True)
        return None
    os.replace(tmp, out)  # atomic: a running process never sees a half-written library
    return out


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        built = compile_extension(Path(self.root))
        if built is None or version == "editable":
            return  # editable: imported in place from src/
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"][str(built)] = f"rasd/text/{built.name}"
