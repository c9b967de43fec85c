"""Articles on disk: which files a build reads, and the hash that tells an unchanged text.

Shared by the build driver (graph/build.py) and its engine (graph/parallel.py), which
import it and not each other.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from cnkg.errors import KgError


def content_hash(text: str) -> str:
    """The hash :attr:`extract.model.Extraction.content_hash` gives the same text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_paths(paths: Iterable[str | Path], *, follow_symlinks: bool = False,
                  outside: list[Path] | None = None) -> list[Path]:
    """Files as given, directories expanded to their ``*.txt`` files (recursively, sorted).

    Inside a directory, a symbolic link (to a file or a folder) whose target lies outside
    that directory is not followed unless ``follow_symlinks``: ``kg build DIR`` reads
    only what is in DIR (a link to ``/etc/passwd`` must not become a public article).
    Such links are appended to ``outside`` when a list is given. A file named on the
    command line is read as named.

    :raises KgError: for a path that does not exist, or a directory without .txt files.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, refused = _walk(path, follow_symlinks)
            if outside is not None:
                outside.extend(refused)
            if not found and not refused:
                raise KgError(f"{path}: no .txt articles in this directory")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise KgError(f"{path}: no such file or directory")
    return list(dict.fromkeys(out))


def _walk(folder: Path, follow_symlinks: bool) -> tuple[list[Path], list[Path]]:
    """The ``*.txt`` files under ``folder`` (sorted) and the links out of it that were not followed."""
    root = folder.resolve()
    found, refused = [], []
    for directory, subdirs, files in os.walk(folder, followlinks=follow_symlinks):
        here = Path(directory)
        if not follow_symlinks:
            for name in list(subdirs):
                sub = here / name
                if sub.is_symlink() and not _inside(sub, root):
                    subdirs.remove(name)
                    refused.append(sub)
        for name in files:
            if not name.endswith(".txt"):
                continue
            file = here / name
            if not file.is_file():
                continue                               # a dangling link, a socket …
            if not follow_symlinks and not _inside(file, root):
                refused.append(file)
                continue
            found.append(file)
    return sorted(found), sorted(refused)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):                     # a link loop
        return False
