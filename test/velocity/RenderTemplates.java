import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.lang.StringEscapeUtils;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ParseErrorException;

/**
 * Apache Velocity 1.7 (the engine API Gateway's VTL descends from) as a second, independent renderer of mapping
 * templates, with $input, $util and $context objects shaped like API Gateway's.
 *
 * stdin: a JSON array of cases, each {"template": ..., "body": ..., "requestId": ..., "context": {...}?,
 * "params": {...}?} (render; "context" adds $context members, "params" is what $input.params() gives a request
 * template, {"path": {...}, "querystring": {...}, "header": {...}}; "body" defaults to {}) or
 * {"template": ..., "parseOnly": true} (only parse).
 * stdout: a JSON array, one result per case: {"output": ..., "status": <number or null>, "headers": {...}} on
 * success, {"parseError": "..."} when Velocity cannot parse the template, {"renderError": "..."} when rendering
 * throws. Non-ASCII is written as \\uXXXX so lone surrogates survive the trip.
 */
public final class RenderTemplates {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    engine.init();
    JsonNode cases = JSON.readTree(readAll(System.in));
    ArrayNode results = JSON.createArrayNode();
    for (JsonNode item : cases) results.add(runCase(engine, item));
    ObjectMapper writer = new ObjectMapper();
    writer.configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
    System.out.write(writer.writeValueAsBytes(results));
    System.out.flush();
  }

  private static String readAll(InputStream in) throws Exception {
    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ObjectNode runCase(VelocityEngine engine, JsonNode item) {
    ObjectNode result = JSON.createObjectNode();
    String template = item.get("template").asText();
    if (item.path("parseOnly").asBoolean(false)) {
      // An empty context: only whether the template parses matters here, not what it renders.
      try {
        engine.evaluate(new VelocityContext(), new StringWriter(), "template", template);
        result.putNull("parseError");
      } catch (ParseErrorException error) {
        result.put("parseError", error.getMessage());
      } catch (RuntimeException error) {
        result.putNull("parseError");
      }
      return result;
    }
    OverrideMap header = new OverrideMap("$context.responseOverride.header.");
    OverrideMap responseOverride = new OverrideMap("$context.responseOverride.");
    responseOverride.putInitial("header", header);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("requestId", item.get("requestId").asText());
    context.put("responseOverride", responseOverride);
    // Extra $context members (a gateway response's $context.error.*), as Maps and Strings.
    if (item.has("context")) {
      try {
        context.putAll(JSON.convertValue(item.get("context"), Map.class));
      } catch (IllegalArgumentException error) {
        result.put("renderError", "bad context: " + error.getMessage());
        return result;
      }
    }
    VelocityContext velocity = new VelocityContext();
    Map<String, Map<String, String>> params = new LinkedHashMap<>();
    for (String location : new String[] {"path", "querystring", "header"}) {
      Map<String, String> values = new LinkedHashMap<>();
      item.path("params").path(location).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
      params.put(location, values);
    }
    velocity.put("input", new Input(item.has("body") ? item.get("body").asText() : "{}", params));
    velocity.put("util", new Util());
    velocity.put("context", context);
    StringWriter output = new StringWriter();
    try {
      engine.evaluate(velocity, output, "template", template);
    } catch (ParseErrorException error) {
      result.put("parseError", error.getMessage());
      return result;
    } catch (RuntimeException error) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      result.put("renderError", cause.getClass().getName() + ": " + cause.getMessage());
      return result;
    }
    result.put("output", output.toString());
    Object status = responseOverride.get("status");
    if (status == null) result.putNull("status");
    else result.put("status", String.valueOf(status));
    ObjectNode headers = result.putObject("headers");
    for (Map.Entry<String, Object> entry : header.entrySet()) {
      headers.put(entry.getKey(), String.valueOf(entry.getValue()));
    }
    return result;
  }

  /** A Map whose keys can be set once: API Gateway fails the request when an override is set twice. */
  public static final class OverrideMap extends LinkedHashMap<String, Object> {
    private final String prefix;

    OverrideMap(String prefix) {
      this.prefix = prefix;
    }

    void putInitial(String key, Object value) {
      super.put(key, value);
    }

    @Override
    public Object put(String key, Object value) {
      if (containsKey(key)) throw new IllegalStateException(prefix + key + " was set twice");
      return super.put(key, value);
    }
  }

  /**
   * $input: the body, read with a JSONPath subset ($, $.a.b, $.a[0], $['a']), and the request's parameters
   * (params(): every location; params(name): path, then query string, then header).
   */
  public static final class Input {
    private final String body;
    private final Map<String, Map<String, String>> params;
    private JsonNode document;

    Input(String body, Map<String, Map<String, String>> params) {
      this.body = body;
      this.params = params;
    }

    public Map<String, Map<String, String>> params() {
      return params;
    }

    public String params(String name) {
      for (Map<String, String> values : params.values()) {
        if (values.containsKey(name)) return values.get(name);
      }
      return "";
    }

    public String getBody() {
      return body;
    }

    private JsonNode document() throws Exception {
      if (document == null) document = JSON.readTree(body);
      return document;
    }

    /** A string, number, boolean, Map or List like API Gateway's; "" when the path is missing. */
    public Object path(String path) throws Exception {
      JsonNode node = resolve(document(), path);
      if (node == null || node.isMissingNode()) return "";
      return JSON.treeToValue(node, Object.class);
    }

    public String json(String path) throws Exception {
      JsonNode node = resolve(document(), path);
      if (node == null || node.isMissingNode()) return "";
      return JSON.writeValueAsString(node);
    }
  }

  static JsonNode resolve(JsonNode root, String path) {
    if (!path.startsWith("$")) throw new IllegalArgumentException("JSONPath must start with $: " + path);
    JsonNode current = root;
    int i = 1;
    while (i < path.length() && current != null) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
        current = current.isObject() ? current.get(path.substring(i + 1, end)) : null;
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        String inside = path.substring(i + 1, end);
        if (inside.startsWith("'") || inside.startsWith("\"")) {
          current = current.isObject() ? current.get(inside.substring(1, inside.length() - 1)) : null;
        } else {
          current = current.isArray() ? current.get(Integer.parseInt(inside)) : null;
        }
        i = end + 1;
      } else {
        throw new IllegalArgumentException("JSONPath outside the subset: " + path);
      }
    }
    return current;
  }

  /** $util: parseJson gives Maps and Lists (so $p.retryAfter reads a key); escapeJavaScript is Commons Lang's. */
  public static final class Util {
    public Object parseJson(String text) throws Exception {
      return JSON.readValue(text, Object.class);
    }

    public String escapeJavaScript(String text) {
      return StringEscapeUtils.escapeJavaScript(text);
    }
  }

  private RenderTemplates() {}
}
