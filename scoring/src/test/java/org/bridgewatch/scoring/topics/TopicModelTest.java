package org.bridgewatch.scoring.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopicModelTest {
  private static final int UKR = Topic.UKRAINE_CONFLICT.label();
  private static final int GAZA = Topic.GAZA_CONFLICT.label();
  private static final int IN2 = Topic.IN_DIMENSION_TWO.label();

  private static double[] probs(double... p) {
    return p;
  }

  @Test
  void seedLabelStandsUnlessItsProbabilityFallsBelowOnePercent() {
    // Classifier prefers "unassigned", but the seed label has 2% > 1%: kept.
    assertThat(TopicModel.decide(probs(0.98, 0.02, 0, 0, 0, 0), 1 << UKR)).isEqualTo(UKR);
    // Below 1%: the classifier's choice wins.
    assertThat(TopicModel.decide(probs(0.995, 0.005, 0, 0, 0, 0), 1 << UKR)).isEqualTo(0);
    // InDimensionTwo needs 2%.
    assertThat(TopicModel.decide(probs(0.985, 0, 0, 0, 0, 0.015), 1 << IN2)).isEqualTo(0);
    assertThat(TopicModel.decide(probs(0.97, 0, 0, 0, 0, 0.03), 1 << IN2)).isEqualTo(IN2);
  }

  @Test
  void unlabelledPostsTakeTheClassifiersChoice() {
    assertThat(TopicModel.decide(probs(0.3, 0.1, 0.6, 0, 0, 0), 0)).isEqualTo(GAZA);
  }

  @Test
  void conflictedPostsTakeTheMostLikelyMatchedTopic() {
    int both = (1 << UKR) | (1 << GAZA);
    assertThat(TopicModel.decide(probs(0.9, 0.03, 0.07, 0, 0, 0), both)).isEqualTo(GAZA);
    // Neither reaches 1%: argmax (unassigned).
    assertThat(TopicModel.decide(probs(0.992, 0.004, 0.004, 0, 0, 0), both)).isEqualTo(0);
  }

  @Test
  void logisticRegressionReachesTheRegularizedOptimum() {
    // Four documents, two features, three classes.
    SparseRows x =
        new SparseRows(
            4, 2, new int[] {0, 1, 2, 4, 4}, new int[] {0, 1, 0, 1}, new double[] {1, 1, 0.6, 0.8});
    int[] y = {1, 2, 0, 0};
    LogisticRegression lr = LogisticRegression.fit(x, y, 1, 1e-10, 20_000);
    double[][] p = lr.probabilities(x, 6);
    for (double[] row : p) {
      assertThat(row[0] + row[1] + row[2]).isCloseTo(1.0, within(1e-12));
      assertThat(row[3]).isZero();
    }
    // Stationarity: for each class and feature, sum_i (p_ik - y_ik) x_ij + w_kj / C = 0, and the
    // unpenalized intercepts make the predicted class totals equal the observed ones.
    for (int k = 0; k < 3; k++) {
      double interceptGrad = 0;
      double[] featureGrad = new double[2];
      for (int i = 0; i < 4; i++) {
        double r = p[i][k] - (y[i] == k ? 1 : 0);
        interceptGrad += r;
        for (int q = x.start(i); q < x.end(i); q++) {
          featureGrad[x.col()[q]] += r * x.val()[q];
        }
      }
      assertThat(interceptGrad).isCloseTo(0, within(1e-8));
      for (int j = 0; j < 2; j++) {
        assertThat(featureGrad[j] + lr.coef[k][j] / LogisticRegression.C).isCloseTo(0, within(1e-8));
      }
    }
  }

  @Test
  void binaryLogisticRegressionIsSymmetricOnSymmetricData() {
    SparseRows x =
        new SparseRows(2, 1, new int[] {0, 1, 2}, new int[] {0, 0}, new double[] {1, -1});
    LogisticRegression lr = LogisticRegression.fit(x, new int[] {3, 5}, 1, 1e-10, 20_000);
    assertThat(lr.coef).hasDimensions(1, 1);
    assertThat(lr.intercept[0]).isCloseTo(0, within(1e-9));
    double[][] p = lr.probabilities(x, 6);
    assertThat(p[0][3] + p[0][5]).isCloseTo(1, within(1e-12));
    // Class 5 (positive) sits at x = -1. Stationarity of 2 log(1 + e^w) + w^2 / 2 gives
    // w = -2 sigmoid(w), and the positive class is the less likely one at x = +1.
    double w = lr.coef[0][0];
    assertThat(w).isCloseTo(-2 * LogisticRegression.sigmoid(w), within(1e-9));
    assertThat(p[0][5]).isLessThan(0.5);
  }

  @Test
  void tinyCorporaFallBackToSeedLabels() {
    PostTexts posts =
        new PostTexts(
            new long[] {1, 2}, new String[] {"putin spoke", "nothing here"}, new int[] {0, 1});
    TopicModel.PostTopics result = new TopicModel().classify(posts);
    // Two labels (Ukraine, unassigned): a model is fit and the seed label stands.
    assertThat(result.topic()[0]).isEqualTo(UKR);
    // One label only: scikit-learn would refuse to fit; the seed label still applies.
    PostTexts single =
        new PostTexts(new long[] {1}, new String[] {"putin spoke"}, new int[] {0});
    assertThat(new TopicModel().classify(single).topic()).containsExactly(UKR);
  }

  @Test
  void threadCountDoesNotChangeTheResult() {
    // More posts than one chunk, with seed terms, conflicts, accents and URLs spread over them.
    String[] pool = {
      "putin spoke about kyiv", "gaza and israel today", "putin in gaza", "caf\u00e9 na\u00efve",
      "see https://example.com/some_long_path/words", "nothing here at all", "help.x.com/en rules"
    };
    int n = 3 * PostChunks.SIZE + 17;
    long[] ids = new long[n];
    String[] texts = new String[n];
    int[] postOfNote = new int[n];
    for (int p = 0; p < n; p++) {
      ids[p] = p;
      texts[p] = pool[p % pool.length] + " word" + (p % 97);
      postOfNote[p] = p;
    }
    PostTexts posts = new PostTexts(ids, texts, postOfNote);
    TopicModel.PostTopics one = new TopicModel().classify(posts, 1);
    TopicModel.PostTopics three = new TopicModel().classify(posts, 3);
    assertThat(three.matchedTopics()).isEqualTo(one.matchedTopics());
    assertThat(three.topic()).isEqualTo(one.topic());
    assertThat(three.probabilities()).isDeepEqualTo(one.probabilities());
    assertThat(one.matchedTopics()).contains(0, 1 << UKR, 1 << GAZA, (1 << UKR) | (1 << GAZA));
  }
}
