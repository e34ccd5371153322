/**
 * Synthetic Community Notes data in X's public download format, drawn from a small latent model
 * (rater viewpoints, note quality and polarity), streamed to disk so that datasets of hundreds of
 * millions of ratings fit in bounded memory. Used for tests, benchmarks and demos.
 */
package org.bridgewatch.scoring.synth;
