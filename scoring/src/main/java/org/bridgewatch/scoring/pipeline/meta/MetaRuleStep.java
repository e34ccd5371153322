package org.bridgewatch.scoring.pipeline.meta;

/** One meta rule: reads each row's current label and may set a new one. Rules are row-local. */
interface MetaRuleStep {
  MetaRule rule();

  void apply(MetaContext context, MetaState state);
}
