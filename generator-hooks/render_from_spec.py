"""Post-hook of openapi-python-client: render the modules that need the spec's vendor extensions.

openapi-python-client 0.29.1 keeps no vendor extension in the data it hands to templates (its
``Endpoint`` has no ``x-`` field), and it renders only a fixed set of files. So this hook, run by
the generator in the generated project directory before ruff, parses the same spec with the same
config through the generator's own API (``GeneratorData.from_dict``, ``Project``: same filters,
globals and templates), reads the extensions from the raw document, and renders our extra
templates (``generator-templates/*.py.jinja`` listed in ``EXTRA_TEMPLATES``) into the package:

* ``operations.py``: one ``OperationFacts`` per operation (``x-sdk``, ``x-retry-safe``,
  ``x-credits``, the body's ``maxItems`` and item schema, any other ``x-`` extension);
* ``meta_codes.py``: the ``x-meta-codes`` table and the exception class of every code;
* ``resources.py``: the resource classes of ``TrackingMore``/``AsyncTrackingMore`` (one method per
  ``x-sdk`` name, sync, async and raw), and ``trackingmore.py``: the two clients;
* ``webhooks.py``: the runtime's webhook functions bound to the spec's models.

Paths come from the Makefile's environment: ``TM_SPEC_PATH``, ``TM_TEMPLATES_DIR``,
``TM_CONFIG_PATH``. Output is deterministic (sorted, no timestamps), so ``make check-generated``
stays byte-exact.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.strings import PythonIdentifier
from ruamel.yaml import YAML

EXTRA_TEMPLATES = {
    "operations.py.jinja": "operations.py",
    "meta_codes.py.jinja": "meta_codes.py",
    "resources.py.jinja": "resources.py",
    "trackingmore.py.jinja": "trackingmore.py",
    "webhooks.py.jinja": "webhooks.py",
}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
ERROR_MODELS = {"ErrorEnvelope"}
# The JSON Schema keywords the runtime's item validator reads (sdk_runtime/validation.py): an item
# schema using another one fails generation instead of being half-checked at run time.
sys.path.insert(0, str(Path(os.environ["TM_SDK_RUNTIME_DIR"]).resolve().parent))
from sdk_runtime.validation import SUPPORTED_KEYWORDS  # noqa: E402


class SpecError(Exception):
    """The spec breaks a rule the facade relies on (said in the message)."""


# ---------------------------------------------------------------------------------- spec access


def _code(value: Any) -> str:
    """The Python source of a generator ``PythonCode`` (its ``str`` is not the code).

    ``list[...]`` becomes ``builtins.list[...]``: inside a resource class, ``list`` is a method.
    """
    text = str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _inline(spec: dict[str, Any], node: Any) -> Any:
    node = _resolve(spec, node)
    if isinstance(node, dict):
        # Examples and vendor extensions (x-tolerated: forms the fake accepts, never sent by the
        # SDK, which writes the canonical form) do not constrain what the SDK sends.
        return {
            k: _inline(spec, v) for k, v in node.items() if k not in ("example", "examples") and not k.startswith("x-")
        }
    if isinstance(node, list):
        return [_inline(spec, v) for v in node]
    return node


def _keywords(schema: Any, found: set[str]) -> None:
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key == "properties":
                for sub in value.values():
                    _keywords(sub, found)
            elif key in ("items", "anyOf", "allOf"):
                _keywords(value, found)
    elif isinstance(schema, list):
        for sub in schema:
            _keywords(sub, found)


def _raw_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, method): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


# ------------------------------------------------------------------------------- view objects


@dataclass
class Facts:
    operation_id: str
    resource: str
    method: str
    retry_safe: bool
    credits_amount: float
    credits_per: str
    max_items: int | None
    min_items: int | None
    query_limits: dict[str, dict[str, Any]]
    item_schema: Any
    extensions: dict[str, Any]

    @property
    def schema_literal(self) -> str:
        return repr(self.item_schema)

    @property
    def extensions_literal(self) -> str:
        return repr(self.extensions)

    @property
    def query_limits_literal(self) -> str:
        return repr(self.query_limits)


@dataclass
class Param:
    name: str
    decl: str  # "name: type = default" for a signature
    enum: str | None = None  # the enum class to convert a plain value into


@dataclass
class Variant:
    module: str  # "get_tracking"
    tag: str
    operation_id: str
    path_params: list[str]
    call_args: list[str]  # "name=expression" arguments of the module's _get_kwargs


@dataclass
class ResultField:
    name: str
    annotation: str
    default: str


@dataclass
class Method:
    resource: str
    name: str
    kind: str  # "call", "list" or "batch"
    summary: str
    doc: str
    return_type: str
    returns_none: bool
    variants: list[Variant]
    path_params: list[Param]
    optional_path_params: list[Param]  # of the other variants (``lang``): keyword, default None
    params: list[Param]  # query and header parameters, keyword-only
    body_model: str | None = None
    body_required: list[Param] = field(default_factory=list)
    body_optional: list[Param] = field(default_factory=list)
    body_enums: list[Param] = field(default_factory=list)
    positional: list[str] = field(default_factory=list)
    item_type: str | None = None
    data_type: str | None = None
    result_class: str | None = None
    result_fields: list[ResultField] = field(default_factory=list)
    item_type_of_page: str | None = None
    operation_ids: list[str] = field(default_factory=list)

    @property
    def positional_literal(self) -> str:
        return repr(tuple(self.positional))


@dataclass
class Resource:
    name: str
    class_name: str
    methods: list[Method]


# ----------------------------------------------------------------------------------- analysis


def _model(openapi: GeneratorData, class_name: str) -> ModelProperty:
    for model in openapi.models:
        if model.class_info.name == class_name:
            return model
    raise SpecError(f"no model {class_name}")


def _success_model(endpoint: Any) -> str:
    names: list[str] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high <= 299:
            prop = response.prop
            inner = getattr(prop, "inner_properties", None)
            candidates = inner if inner is not None else [prop]
            for candidate in candidates:
                class_info = getattr(candidate, "class_info", None)
                if class_info is not None and class_info.name not in ERROR_MODELS:
                    names.append(class_info.name)
    if len(set(names)) != 1:
        raise SpecError(f"{endpoint.name}: expected one success model, found {names}")
    return names[0]


def _props(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _literal(enum: EnumProperty) -> str:
    return "Literal[" + ", ".join(repr(v) for v in enum.values.values()) + "]"


def _param(prop: Any, *, keyword_default: bool = True) -> Param:
    """A signature parameter for ``prop``; enums also accept their plain values (``"delivered"``)."""
    if isinstance(prop, EnumProperty):
        base = f"{prop.class_info.name} | {_literal(prop)}"
        if prop.required:
            return Param(prop.python_name, f"{prop.python_name}: {base}", enum=prop.class_info.name)
        default = prop.default.python_code.as_unembedded_code() if prop.default is not None else "UNSET"
        return Param(prop.python_name, f"{prop.python_name}: {base} | Unset = {default}", enum=prop.class_info.name)
    return Param(prop.python_name, _code(prop.to_string()))


def _argument(prop: Any) -> str:
    """How a facade method hands ``prop`` to the low-level ``_get_kwargs`` (enums converted)."""
    if isinstance(prop, EnumProperty):
        return f"as_enum({prop.class_info.name}, {prop.python_name})"
    return str(prop.python_name)


def _docstring(raw: dict[str, Any], facts: Facts, extra: str = "") -> tuple[str, str]:
    summary = str(raw.get("summary", "")).strip()
    description = str(raw.get("description", "")).strip()
    lines = [description, ""] if description else []
    credits = (
        "free of charge"
        if facts.credits_amount == 0
        else f"{facts.credits_amount:g} tracking credit(s) per {facts.credits_per}"
    )
    lines.append(
        f"Operation ``{facts.operation_id}``; billing: {credits}; retried after a failure: "
        f"{'yes' if facts.retry_safe else 'only when the request was never sent'}."
    )
    if extra:
        lines += ["", extra]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return summary.replace("\\", "\\\\").replace('"""', "'''"), text


def _default_for(prop: Any) -> str:
    if not prop.required:
        return "UNSET"
    base = _code(prop.get_base_type_string())
    if base.startswith("builtins.list["):
        return "[]"
    defaults = {"int": "0", "float": "0.0", "bool": "False", "str": '""'}
    if base not in defaults:
        raise SpecError(f"no empty value for a required batch result field of type {base}")
    return defaults[base]


# What runtime.limits checks of a query parameter before sending (openapi-python-client keeps no
# schema constraint in what it hands the templates).
QUERY_LIMIT_KEYWORDS = ("minimum", "maximum", "pattern")


def _query_limits(spec: dict[str, Any], parameters: list[Any]) -> dict[str, dict[str, Any]]:
    limits: dict[str, dict[str, Any]] = {}
    for given in parameters:
        parameter = _resolve(spec, given)
        if parameter.get("in") != "query":
            continue
        schema = _resolve(spec, parameter.get("schema", {}))
        found = {key: schema[key] for key in QUERY_LIMIT_KEYWORDS if key in schema}
        if found:
            limits[parameter["name"]] = found
    return limits


def _facts(spec: dict[str, Any], raw: dict[str, Any], shared_parameters: list[Any]) -> Facts:
    operation_id = raw["operationId"]
    sdk = raw.get("x-sdk")
    if not isinstance(sdk, dict) or not sdk.get("resource") or not sdk.get("method"):
        raise SpecError(f"{operation_id}: x-sdk {{resource, method}} is required")
    if not isinstance(raw.get("x-retry-safe"), bool):
        raise SpecError(f"{operation_id}: x-retry-safe (true/false) is required")
    credits = raw.get("x-credits")
    if not isinstance(credits, dict) or credits.get("per") not in ("call", "item"):
        raise SpecError(f"{operation_id}: x-credits {{amount, per: call|item}} is required")
    max_items = min_items = item_schema = None
    body = _resolve(spec, raw.get("requestBody"))
    if body:
        schema = _resolve(spec, body["content"]["application/json"]["schema"])
        if schema.get("type") == "array":
            min_items = schema.get("minItems")
            max_items = schema.get("maxItems")
            if not isinstance(max_items, int):
                raise SpecError(f"{operation_id}: an array body needs maxItems (the batch size)")
            item_schema = _inline(spec, schema["items"])
            found: set[str] = set()
            _keywords(item_schema, found)
            if found - SUPPORTED_KEYWORDS:
                raise SpecError(
                    f"{operation_id}: the SDK's item validator does not read {sorted(found - SUPPORTED_KEYWORDS)}"
                )
    known = {"x-sdk", "x-retry-safe", "x-credits"}
    return Facts(
        operation_id=operation_id,
        resource=str(sdk["resource"]),
        method=str(sdk["method"]),
        retry_safe=raw["x-retry-safe"],
        credits_amount=float(credits["amount"]),
        credits_per=str(credits["per"]),
        max_items=max_items,
        min_items=min_items,
        query_limits=_query_limits(spec, [*shared_parameters, *raw.get("parameters", [])]),
        item_schema=item_schema,
        extensions={k: v for k, v in sorted(raw.items()) if k.startswith("x-") and k not in known},
    )


def _method(
    openapi: GeneratorData, spec: dict[str, Any], group: list[tuple[Any, str, dict[str, Any], Facts]]
) -> Method:
    # The variant with the fewest path parameters is the base; others add optional path parameters.
    group = sorted(group, key=lambda g: len(g[0].path_parameters))
    endpoint, _tag, raw, facts = group[0]
    base_paths = [p.python_name for p in endpoint.path_parameters]
    optional_paths: list[Param] = []
    for other, _, _, _ in group[1:]:
        names = [p.python_name for p in other.path_parameters]
        if (
            names[: len(base_paths)] != base_paths
            or other.bodies
            or other.query_parameters != endpoint.query_parameters
        ):
            raise SpecError(
                f"{facts.resource}.{facts.method}: operations sharing a method may differ only by path parameters"
            )
        for prop in other.path_parameters[len(base_paths) :]:
            if prop.python_name not in {p.name for p in optional_paths}:
                optional_paths.append(
                    Param(prop.python_name, f"{prop.python_name}: {_code(prop.get_type_string())} | None = None")
                )
    model = _model(openapi, _success_model(endpoint))
    data_prop = next((p for p in model.required_properties or [] if p.name == "data"), None)
    if data_prop is None:
        raise SpecError(f"{facts.operation_id}: the success envelope has no required data")
    data_type = _code(data_prop.get_type_string())
    returns_none = data_type.startswith("builtins.list[Any]")
    query = list(endpoint.query_parameters) + list(endpoint.header_parameters)
    query_names = [p.python_name for p in query]
    variants = [
        Variant(
            module=str(PythonIdentifier(e.name, openapi_config.field_prefix)),
            tag=t,
            operation_id=f.operation_id,
            path_params=[p.python_name for p in e.path_parameters],
            call_args=[f"{p.python_name}={p.python_name}" for p in e.path_parameters]
            + [f"{p.python_name}={_argument(p)}" for p in query]
            + (["body=body"] if e.bodies else []),
        )
        for e, t, _, f in group
    ]
    kind = "call"
    item_type = page_item = None
    if "page" in query_names and "limit" in query_names and isinstance(data_prop, ModelProperty):
        items = next((p for p in _props(_model(openapi, data_prop.class_info.name)) if p.name == "items"), None)
        if items is not None:
            kind, page_item = "list", _code(items.inner_property.get_type_string())
    if facts.max_items is not None:
        kind = "batch"
        item_type = _code(endpoint.bodies[0].prop.inner_property.get_type_string())
        if endpoint.path_parameters or query:
            raise SpecError(f"{facts.operation_id}: a batch operation takes only its array body")
    summary, doc = _docstring(raw, facts, _extra_doc(kind, facts))
    method = Method(
        resource=facts.resource,
        name=facts.method,
        kind=kind,
        summary=summary,
        doc=doc,
        return_type="None" if returns_none else data_type,
        returns_none=returns_none,
        variants=variants,
        path_params=[Param(p.python_name, _code(p.to_string())) for p in endpoint.path_parameters],
        optional_path_params=optional_paths,
        params=[_param(p) for p in query if not (kind == "list" and p.python_name in ("page",))],
        operation_ids=[f.operation_id for _, _, _, f in group],
    )
    if kind == "list":
        method.item_type_of_page = page_item
        method.params = [p for p in method.params if p.name != "limit"]
    if kind == "batch":
        method.item_type = item_type
        method.data_type = data_type
        method.result_class = "".join(part.capitalize() for part in facts.method.split("_")) + "Result"
        if data_type.startswith("builtins.list["):
            method.result_fields = [ResultField("items", data_type, "[]")]
        else:
            if not isinstance(data_prop, ModelProperty):
                raise SpecError(f"{facts.operation_id}: a batch answer's data must be a model or a list")
            data_model = _model(openapi, data_prop.class_info.name)
            method.result_fields = [
                ResultField(p.python_name, _code(p.get_type_string()), _default_for(p))
                for p in _props(data_model)
                if p.python_name != "errors"
            ]
    elif endpoint.bodies:
        body_prop = endpoint.bodies[0].prop
        if not isinstance(body_prop, ModelProperty):
            raise SpecError(f"{facts.operation_id}: an object body must be a model")
        body_model = _model(openapi, body_prop.class_info.name)
        method.body_model = body_model.class_info.name
        sdk = raw["x-sdk"]
        method.positional = [str(name) for name in sdk.get("positional", [])]
        clashes = {p.python_name for p in _props(body_model)} & (set(base_paths) | set(query_names))
        if clashes:
            raise SpecError(f"{facts.operation_id}: body fields clash with parameters: {sorted(clashes)}")
        by_name = {p.python_name: p for p in _props(body_model)}
        for name in method.positional:
            if name not in by_name:
                raise SpecError(f"{facts.operation_id}: x-sdk.positional names no body field {name!r}")
        ordered = [by_name[n] for n in method.positional] + [
            p for p in _props(body_model) if p.python_name not in method.positional
        ]
        method.body_required = [_param(p) for p in ordered if p.required]
        method.body_optional = [_param(p) for p in ordered if not p.required]
        method.body_enums = [p for p in method.body_required + method.body_optional if p.enum]
    return method


def _extra_doc(kind: str, facts: Facts) -> str:
    if kind == "list":
        return (
            "Returns a paginator: iterate it for every matching item (page after page, ``limit`` per\n"
            "request, lazily) or call ``first_page()`` for one page (``.items``, ``.total``, ``.page``)."
        )
    if kind == "batch":
        return (
            f"Takes any number of items (dicts or models), sends them {facts.max_items} per request (the\n"
            "body's ``maxItems``) and merges the answers; an item that breaks the spec's schema is reported\n"
            "in ``errors`` without being sent. Each ``errors`` entry has the item's ``index`` in ``items``."
        )
    return ""


openapi_config: Config


def main() -> int:
    global openapi_config
    spec_path = Path(os.environ["TM_SPEC_PATH"])
    templates = Path(os.environ["TM_TEMPLATES_DIR"])
    config_path = Path(os.environ["TM_CONFIG_PATH"])
    package = Path.cwd()
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.PDM, spec_path, "utf-8", True, package
    )
    openapi_config = config
    spec: dict[str, Any] = YAML(typ="safe").load(spec_path.read_bytes())
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        print(openapi.header, openapi.detail, file=sys.stderr)
        return 1
    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    raw_by_key = _raw_operations(spec)

    facts_list: list[Facts] = []
    groups: dict[tuple[str, str], list[tuple[Any, str, dict[str, Any], Facts]]] = {}
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            path = endpoint.path.get_untrusted_value()
            raw = raw_by_key[(path, endpoint.method)]
            facts = _facts(spec, raw, spec["paths"][path].get("parameters", []))
            facts_list.append(facts)
            groups.setdefault((facts.resource, facts.method), []).append((endpoint, str(tag), raw, facts))
    facts_list.sort(key=lambda f: f.operation_id)

    resources: dict[str, Resource] = {}
    for (resource_name, _), group in sorted(groups.items()):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", resource_name):
            raise SpecError(f"x-sdk resource {resource_name!r} is not a Python name")
        resource = resources.setdefault(
            resource_name,
            Resource(resource_name, "".join(p.capitalize() for p in resource_name.split("_")), []),
        )
        resource.methods.append(_method(openapi, spec, group))

    meta_codes = sorted(spec.get("x-meta-codes") or [], key=lambda entry: entry["code"])
    if not meta_codes:
        raise SpecError("the spec has no x-meta-codes table")
    context = {
        "facts": facts_list,
        "resources": list(resources.values()),
        "meta_codes": meta_codes,
        "exception_names": sorted({e["exception"] for e in meta_codes if e.get("exception")}),
        "model_names": sorted(m.class_info.name for m in [*openapi.models, *openapi.enums]),
    }
    package_dir = package / project.package_name
    for template_name, output in EXTRA_TEMPLATES.items():
        text = project.env.get_template(template_name).render(**context)
        (package_dir / output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SpecError as error:
        print(f"render_from_spec: {error}", file=sys.stderr)
        sys.exit(1)
