/**
 * Reading and writing Community Notes data as TSV.
 *
 * <p>Input side: {@link org.bridgewatch.scoring.io.PublicDataReader} loads X's five public
 * downloads (notes, ratings, noteStatusHistory, userEnrollment, noteRequests) into the columnar
 * model, streaming each file into growable primitive buffers; the ratings, by far the largest, are
 * cut into line-aligned parts that workers parse side by side ({@link
 * org.bridgewatch.scoring.io.TsvByteParser}) and that are joined in file order. Every path may be a
 * plain file, a gzip file or a directory of shards. Columns are looked up by header name (or by the reference's
 * fixed order for headerless files), and all headers are validated before any row is parsed. Bad
 * data surfaces as a {@link org.bridgewatch.scoring.io.DataFormatException} naming file, line,
 * column and value. {@link org.bridgewatch.scoring.io.PublicDataWriter} writes the same five
 * formats back, so that reading what was written gives the same tables.
 *
 * <p>Output side: {@link org.bridgewatch.scoring.io.OutputTable} is an ordered table of named,
 * typed columns that {@link org.bridgewatch.scoring.io.TsvTableWriter} writes exactly as pandas'
 * {@code to_csv(sep="\t", index=False)} would, so our outputs diff cleanly against the reference.
 * {@link org.bridgewatch.scoring.io.OutputColumns} holds the reference's output header lists.
 */
package org.bridgewatch.scoring.io;
