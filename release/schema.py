"""The Frictionless Table Schema of each released table, from its documentation (release.docs).

Types follow the warehouse's DuckDB types; keys, foreign keys and enumerations follow the tests dbt runs on
the marts, so `frictionless validate` checks in the release what dbt checked in the warehouse. Units are a
field property `unit` (Table Schema has none of its own; custom properties are allowed).
"""

from __future__ import annotations

from release.csvfile import DOUBLE_DECIMALS
from release.docs import Table

_TYPES = {
    "VARCHAR": "string", "BOOLEAN": "boolean", "DATE": "date", "DOUBLE": "number", "FLOAT": "number",
    "INTEGER": "integer", "BIGINT": "integer", "SMALLINT": "integer", "HUGEINT": "integer",
    "TINYINT": "integer",
}  # fmt: skip


def field_type(duckdb_type: str) -> str:
    if duckdb_type.startswith("DECIMAL"):
        return "number"
    if duckdb_type.startswith("TIMESTAMP"):
        return "datetime"
    return _TYPES.get(duckdb_type, "any")


def table_schema(
    table: Table, columns: list[tuple[str, str]], vocabularies: dict[str, list[str]], released: set[str]
) -> dict:
    """The schema of `table` whose warehouse `columns` are (name, DuckDB type). `vocabularies`: the values
    of each code list (a released code-list table's key, or a raw source table such as scopes);
    `released`: the tables in the release (a foreign key can only point to one of them)."""
    fields = []
    for name, data_type in columns:
        doc = table.columns.get(name)
        if doc is None:
            raise ValueError(
                f"release: column {table.name}.{name} has no documentation: describe it in "
                "dbt_project/models/marts/_marts__models.yml (one description serves dbt, the release and "
                "the codebook)"
            )
        field: dict = {"name": name, "type": field_type(data_type), "description": doc.description}
        if data_type in {"DOUBLE", "FLOAT", "REAL"}:
            field["csvDecimalPlaces"] = DOUBLE_DECIMALS
        if doc.unit:
            field["unit"] = doc.unit
        constraints: dict = {}
        if doc.required or (table.key and name in table.key):
            constraints["required"] = True
        if doc.unique and table.key != [name]:
            constraints["unique"] = True
        enum = doc.enum or (vocabularies.get(doc.enum_from) if doc.enum_from else None)
        if enum and table.key != [name]:
            constraints["enum"] = sorted(enum)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict = {"fields": fields}
    if table.key:
        schema["primaryKey"] = table.key
    foreign = [
        {"fields": [name], "reference": {"resource": doc.reference[0], "fields": [doc.reference[1]]}}
        for name, _ in columns
        if (doc := table.columns[name]).reference and doc.reference[0] in released
    ]
    if foreign:
        schema["foreignKeys"] = foreign
    return schema
