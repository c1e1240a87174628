"""Build step of trackingmore-mock: put the one spec, `openapi/trackingmore-v2.yaml`, into the package.

The spec is not copied into git under mock_server/: a wheel built from a checkout takes it from
`../openapi/`, and an sdist carries the copy it was built with, so a wheel built from the sdist
finds it there. An editable install needs no copy (trackingmore_mock.spec reads the checkout's file).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
CHECKOUT_SPEC = HERE.parent / "openapi" / "trackingmore-v2.yaml"
PACKAGED = Path("trackingmore_mock") / "openapi.yaml"


def spec_source() -> Path:
    for candidate in (CHECKOUT_SPEC, HERE / PACKAGED):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"trackingmore-mock: the OpenAPI spec is missing (looked for {CHECKOUT_SPEC})")


class BuildPyWithSpec(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            target = Path(self.build_lib) / PACKAGED
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(spec_source(), target)


class SdistWithSpec(sdist):  # type: ignore[misc]
    def make_release_tree(self, base_dir: str, files: Any) -> None:
        super().make_release_tree(base_dir, files)
        target = Path(base_dir) / PACKAGED
        target.unlink(missing_ok=True)  # a hard link to the checkout's file must not be written through
        shutil.copyfile(spec_source(), target)


setup(cmdclass={"build_py": BuildPyWithSpec, "sdist": SdistWithSpec})
