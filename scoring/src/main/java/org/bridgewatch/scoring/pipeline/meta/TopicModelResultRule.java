package org.bridgewatch.scoring.pipeline.meta;

import static org.bridgewatch.scoring.pipeline.meta.MetaContext.CRH;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NMR;
import static org.bridgewatch.scoring.pipeline.meta.MetaContext.NYH;

/**
 * Topic model guard (ApplyTopicModelResult): a CRH/NYH note on a topic whose topic model is
 * confident but scores it low (intercept below, or |factor| above, the thresholds) becomes NMR.
 */
record TopicModelResultRule(
    MetaRule rule, String topic, double interceptThreshold, double factorThreshold)
    implements MetaRuleStep {

  @Override
  public void apply(MetaContext context, MetaState state) {
    ModelColumns m = context.models;
    for (int row = 0; row < context.size; row++) {
      byte current = state.label[row];
      if ((current != CRH && current != NYH) || !topic.equals(m.noteTopic[row])) {
        continue;
      }
      boolean low =
          m.topicIntercept[row] < interceptThreshold || Math.abs(m.topicFactor[row]) > factorThreshold;
      if (low && m.topicNoteConfident[row] == 1) {
        state.set(row, NMR);
      }
    }
  }
}
