// Builds the automaton-format test fixtures from words.tsv with Morfologik's own builders (Debian's
// libmorfologik-stemming2-java 2.1.6), so that Kronika's FSA5 and CFSA2 readers are tested on files the reference
// implementation wrote. Written for Kronika. Run from this folder:
//   CP=$(ls /usr/share/java/{morfologik-fsa,morfologik-fsa-builders,hppc}.jar | tr '\n' ':')
//   javac -d /tmp/fixtures -cp "$CP" BuildFixtures.java && java -cp "$CP:/tmp/fixtures" BuildFixtures
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSA5Serializer;
import morfologik.fsa.builders.FSABuilder;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class BuildFixtures {
  public static void main(String[] args) throws Exception {
    List<byte[]> sequences = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.get("words.tsv"), StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      sequences.add((c[0] + ";" + encode(c[0], c[1]) + ";" + c[2]).getBytes(StandardCharsets.UTF_8));
    }
    sequences.sort(BuildFixtures::compareBytes);
    FSA fsa = FSABuilder.build(sequences);
    try (OutputStream out = new FileOutputStream("small-fsa5.dict")) { new FSA5Serializer().serialize(fsa, out); }
    try (OutputStream out = new FileOutputStream("small-cfsa2.dict")) { new CFSA2Serializer().serialize(fsa, out); }
    String info = "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX\n";
    Files.write(Paths.get("small-fsa5.info"), info.getBytes(StandardCharsets.UTF_8));
    Files.write(Paths.get("small-cfsa2.info"), info.getBytes(StandardCharsets.UTF_8));
    System.out.println(sequences.size() + " sequences");
  }

  // PREFIX encoding on UTF-8 bytes: 'A'+bytes cut from the start, 'A'+bytes cut from the end, then what to append.
  static String encode(String form, String lemma) {
    byte[] f = form.getBytes(StandardCharsets.UTF_8), l = lemma.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    if (lemma.startsWith("dob") && form.startsWith("naj")) start = 3;
    int common = 0;
    while (start + common < f.length && common < l.length && f[start + common] == l[common]) common++;
    int cutEnd = f.length - start - common;
    byte[] tail = Arrays.copyOfRange(l, common, l.length);
    return (char) ('A' + start) + "" + (char) ('A' + cutEnd) + new String(tail, StandardCharsets.UTF_8);
  }

  static int compareBytes(byte[] a, byte[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int d = (a[i] & 0xff) - (b[i] & 0xff);
      if (d != 0) return d;
    }
    return a.length - b.length;
  }
}
