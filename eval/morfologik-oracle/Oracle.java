// Morfologik's own Java lookup over a list of forms, one "form TAB base TAB tag" line per analysis ('+' alternatives
// split), for comparing Kronika's C# reader with it (see README.md). Written for Kronika.
import morfologik.stemming.*;
import morfologik.stemming.polish.PolishStemmer;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
public class Oracle {
  public static void main(String[] a) throws Exception {
    Dictionary d = Dictionary.read(Oracle.class.getResource("/morfologik/stemming/polish/polish.dict"));
    DictionaryLookup lookup = new DictionaryLookup(d);
    BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(a[1]), StandardCharsets.UTF_8)));
    String line; long n = 0; long t0 = System.nanoTime();
    while ((line = in.readLine()) != null) {
      for (WordData w : lookup.lookup(line)) {
        for (String tag : w.getTag().toString().split("\\+")) out.println(line + "\t" + w.getStem() + "\t" + tag);
      }
      n++;
    }
    out.close();
    System.err.println(n + " forms, " + (System.nanoTime() - t0) / 1e6 + " ms");
  }
}
