"""Sphinx configuration for the bilateral documentation.

The build must work offline (CI machines have no internet), so there is no
intersphinx: its inventories would have to be fetched. References to types
of other libraries (the standard library, attrs, cattrs) are therefore left
unresolved on purpose and listed in ``nitpick_ignore_regex`` below; every
other unresolved reference is an error (``-W -n``).
"""

from __future__ import annotations

from importlib.metadata import version as _version

project = "bilateral"
author = "The bilateral maintainers"
copyright = "the bilateral maintainers"
release = _version("bilateral")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints", "_generated"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Docstrings are Google style. The attrs fields are documented in
# each class's "Attributes:" section; as ``:ivar:`` fields they do not clash
# with autodoc's own entries for the slots.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_use_rtype = False
# The field types are in the class signature already.
napoleon_attr_annotations = False

autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
autodoc_default_options = {"members": True, "show-inheritance": True}

nitpicky = True
# Without intersphinx (offline build), types from other libraries cannot be
# linked. Ignoring them keeps -n useful for our own names: a typo in a
# reference to a bilateral name still fails the build.
nitpick_ignore_regex = [
    # The standard library.
    (r"py:.*", r"(datetime|dt|decimal|enum|os|collections\.abc|typing|pathlib|json)\..*"),
    (r"py:class", r"(Decimal|Path|PathLike|Sequence|Iterator|Iterable|Callable|Any|Self|T)"),
    (r"py:class", r"(TypeAlias|NoneType|StrEnum)"),
    (r"py:.*", r"(ValueError|KeyError|ImportError|Exception|OSError)"),
    # attrs and cattrs.
    (r"py:.*", r"(attrs|attr|cattrs|cattr)\..*"),
    (r"py:class", r"Converter"),
    # The optional extras (pandas, pyarrow, matplotlib), documented by their projects.
    (r"py:.*", r"(pd|pandas|pa|pyarrow|matplotlib|mpl)\..*"),
    (r"py:class", r"(Axes|Figure|DataFrame|Table|Schema)"),
    # The type variable of the generic loaders.
    (r"py:class", r"bilateral\._wire\.(converter|files)\.T"),
    (r"py:(class|obj)", r"bilateral\._model\.reading\.T"),
]

html_theme = "furo"
html_title = f"bilateral {release}"
html_static_path: list[str] = []


def _public_target(app, env, node, contnode):  # noqa: ANN001, ANN202 - Sphinx's event signature
    """Resolve ``bilateral._model.Relation`` to the documented ``bilateral.Relation``.

    Type hints name the private module a class is defined in; the reference
    documents it under the public name that users import.
    """
    import bilateral  # noqa: PLC0415

    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("bilateral._"):
        return None
    name = target.rsplit(".", 1)[-1]
    if name not in bilateral.__all__:
        return None
    if contnode.astext() == target:
        # Show the name users import, not the private path.
        contnode = contnode.__class__(name, name, classes=contnode["classes"])
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], f"bilateral.{name}", node, contnode
    )


def _public_bases(app, name, obj, options, bases):  # noqa: ANN001, ANN202, ARG001 - Sphinx's event signature
    """Show a private mixin (such as the ordering of dates) as its own bases."""
    import bilateral  # noqa: PLC0415

    def public(base):  # noqa: ANN001, ANN202
        name = getattr(base, "__name__", "")
        private = name.startswith("_") or (
            getattr(base, "__module__", "").startswith("bilateral._")
            and name not in bilateral.__all__
        )
        if not private:
            return [base]
        return [p for parent in base.__bases__ for p in public(parent)]

    shown = [p for base in bases for p in public(base)]
    bases[:] = list(dict.fromkeys(shown))


def setup(app):  # noqa: ANN001, ANN201 - Sphinx's extension signature
    """Register the handlers that keep private names out of the reference."""
    app.connect("missing-reference", _public_target)
    app.connect("autodoc-process-bases", _public_bases)
    return {"parallel_read_safe": True}
