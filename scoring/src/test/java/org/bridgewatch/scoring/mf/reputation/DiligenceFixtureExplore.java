package org.bridgewatch.scoring.mf.reputation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiligenceFixtureExplore {
  @Test
  void explore() throws Exception {
    Path dir = DiligenceFixture.dir("small");
    assumeTrue(dir != null);
    DiligenceFixture f = new DiligenceFixture(dir, false);
    ReputationProblem p = f.problem;
    float[][] finals = new float[3][];
    for (int seed = 0; seed < 1; seed++) {
      DiligenceModel.Prescoring pre = DiligenceModel.fitPrescoring(p, f.raterFactor, seed, 2);
      DiligenceModel.FinalInit init = new DiligenceModel.FinalInit(pre.params().noteFactor,
          pre.noteInterceptRound2(), pre.params().raterIntercept, pre.raterInterceptRound2(),
          pre.params().raterFactor, pre.params().raterReputation, pre.global());
      double perNote = (double) p.size / p.nNotes;
      double perUser = (double) p.size / p.nRaters;
      DiligenceModel.Final adam = DiligenceModel.fitFinal(p, init, perNote, perUser,
          DiligenceModel.Solver.REFERENCE_ADAM, 2);
      finals[seed] = adam.noteIntercept();
      float[] s = adam.noteIntercept().clone();
      Arrays.sort(s);
      float[] rep = pre.params().raterReputation.clone();
      Arrays.sort(rep);
      System.out.printf("seed %d: r=%.4f global %s; q %.3f %.3f %.3f %.3f %.3f; rep q %.3f %.3f %.3f %.3f %.3f%n",
          seed, f.pearson(adam.noteIntercept()), pre.global(), s[0], s[s.length / 4],
          s[s.length / 2], s[3 * s.length / 4], s[s.length - 1], rep[0], rep[rep.length / 4],
          rep[rep.length / 2], rep[3 * rep.length / 4], rep[rep.length - 1]);
    }
    {
      java.util.List<double[]> pr = new java.util.ArrayList<>();
      for (int i = 0; i < f.noteIds.length; i++) {
        Double ref = f.reference.get(f.noteIds[i]);
        if (ref != null) pr.add(new double[] {finals[0][i], ref, p.noteRatingCount(i)});
      }
      double sxy = 0, sxx = 0, mx = 0, my = 0;
      for (double[] q : pr) { mx += q[0]; my += q[1]; }
      mx /= pr.size(); my /= pr.size();
      for (double[] q : pr) { sxy += (q[0] - mx) * (q[1] - my); sxx += (q[0] - mx) * (q[0] - mx); }
      System.out.printf("slope ref~ours %.3f, means ours %.4f ref %.4f%n", sxy / sxx, mx, my);
      for (int k = 0; k < 15; k++) { double[] q = pr.get(k * 97); System.out.printf("  ours %.4f ref %.4f n=%d%n", q[0], q[1], (int) q[2]); }
    }
    double[] a = new double[finals[0].length];
    double[] b = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = finals[0][i];

    }

    double[] ref = f.reference.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("ref q %.3f %.3f %.3f %.3f %.3f%n", ref[0], ref[ref.length / 4],
        ref[ref.length / 2], ref[3 * ref.length / 4], ref[ref.length - 1]);
  }
}
