package dev.tmrkit.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The part of JSON Schema (2020-12) that tmrkit's schemas in {@code docs/schemas/} use: {@code type} (one or a
 * list), {@code properties}, {@code required}, {@code additionalProperties} (false or a schema), {@code items},
 * {@code enum}, {@code minimum}, {@code maximum}. Anything else in a schema is refused, so a schema cannot
 * silently say more than this checks.
 */
public final class JsonSchemaCheck {
    private static final List<String> KNOWN = List.of("$schema", "title", "description", "type", "properties", "required",
            "additionalProperties", "items", "enum", "minimum", "maximum");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemaCheck() {
    }

    /** The schema file {@code docs/schemas/NAME.schema.json} of the repository. */
    public static JsonNode schema(String name) throws IOException {
        Path root = Path.of(System.getProperty("tmrkit.root", "."));
        return JSON.readTree(root.resolve("docs/schemas/" + name + ".schema.json").toFile());
    }

    /** Every way {@code json} breaks {@code schema}, as "path: problem"; empty when it conforms. */
    public static List<String> problems(JsonNode schema, String json) throws IOException {
        List<String> out = new ArrayList<>();
        check(schema, JSON.readTree(json), "$", out);
        return out;
    }

    private static void check(JsonNode schema, JsonNode v, String path, List<String> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("schema keyword '" + key + "' at " + path + " is not checked");
            }
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, v)) {
            out.add(path + ": expected " + type + ", found " + v.getNodeType());
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null) {
            boolean found = false;
            for (JsonNode a : allowed) {
                found |= a.equals(v);
            }
            if (!found) {
                out.add(path + ": " + v + " is not one of " + allowed);
            }
        }
        if (v.isNumber()) {
            if (schema.has("minimum") && v.asDouble() < schema.get("minimum").asDouble()) {
                out.add(path + ": " + v + " < minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && v.asDouble() > schema.get("maximum").asDouble()) {
                out.add(path + ": " + v + " > maximum " + schema.get("maximum"));
            }
        }
        if (v.isObject()) {
            JsonNode props = schema.get("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) {
                        out.add(path + ": missing required key '" + r.asText() + "'");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode sub = props == null ? null : props.get(e.getKey());
                JsonNode extra = schema.get("additionalProperties");
                if (sub != null) {
                    check(sub, e.getValue(), path + "." + e.getKey(), out);
                } else if (extra != null && extra.isBoolean() && !extra.asBoolean()) {
                    out.add(path + ": key '" + e.getKey() + "' is not in the schema");
                } else if (extra != null && extra.isObject()) {
                    check(extra, e.getValue(), path + "." + e.getKey(), out);
                }
            }
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(schema.get("items"), v.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
