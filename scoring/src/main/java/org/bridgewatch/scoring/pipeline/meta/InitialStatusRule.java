package org.bridgewatch.scoring.pipeline.meta;

/** MetaInitialNMR: every note starts as needs-more-ratings. */
record InitialStatusRule(MetaRule rule, byte status) implements MetaRuleStep {
  @Override
  public void apply(MetaContext context, MetaState state) {
    for (int row = 0; row < context.size; row++) {
      state.set(row, status);
    }
  }
}
