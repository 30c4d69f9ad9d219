import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The oracle for API Gateway's selection: java.util.regex, full-string match (Matcher.matches, as
 * Pattern.matches does it).
 *
 * stdin, one item per line: the mode ("matrix" or "times"), the pattern count P, the message count M, then P
 * patterns and M messages, each as base64 of its UTF-16BE code units (lossless for newlines, NUL and lone
 * surrogates, which a charset decoder would replace).
 *
 * stdout, one line per message: in "matrix" mode P characters, '1' match, '0' no match, 'E' the matcher threw
 * (StackOverflowError on deep backtracking: API Gateway would fail too); in "times" mode P space-separated
 * match times in nanoseconds (the best of three runs, so JIT warm-up and GC pauses do not count), -1 on error.
 */
public final class PatternMatches {
  private static final int TIMING_RUNS = 3;

  public static void main(String[] args) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
    String mode = in.readLine();
    int patternCount = Integer.parseInt(in.readLine().trim());
    int messageCount = Integer.parseInt(in.readLine().trim());
    Pattern[] patterns = new Pattern[patternCount];
    for (int p = 0; p < patternCount; p++) {
      String source = decode(in.readLine());
      try {
        patterns[p] = Pattern.compile(source);
      } catch (Exception error) {
        System.err.println("pattern " + p + " does not compile in Java: " + error.getMessage());
        System.exit(3);
      }
    }
    BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
    boolean timing = "times".equals(mode);
    for (int m = 0; m < messageCount; m++) {
      String message = decode(in.readLine());
      StringBuilder line = new StringBuilder();
      for (int p = 0; p < patternCount; p++) {
        if (timing) {
          if (p > 0) line.append(' ');
          line.append(bestTimeNanos(patterns[p], message));
        } else {
          line.append(matchCode(patterns[p], message));
        }
      }
      out.write(line.toString());
      out.write('\n');
    }
    out.flush();
  }

  private static char matchCode(Pattern pattern, String message) {
    try {
      return pattern.matcher(message).matches() ? '1' : '0';
    } catch (StackOverflowError error) {
      return 'E';
    }
  }

  private static long bestTimeNanos(Pattern pattern, String message) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < TIMING_RUNS; run++) {
      long start = System.nanoTime();
      try {
        pattern.matcher(message).matches();
      } catch (StackOverflowError error) {
        return -1;
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private static String decode(String line) {
    if (line == null) throw new IllegalStateException("input ended early");
    byte[] bytes = Base64.getDecoder().decode(line.trim());
    char[] units = new char[bytes.length / 2];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
    }
    return new String(units);
  }
}
