package dev.concord.scoring;

import java.util.List;

/**
 * The tensors a BERT-style cross-encoder takes for a batch of (question, answer) pairs: token ids, attention mask and
 * token type ids (0 for the question segment, 1 for the answer), each row padded with zeros to the longest pair.
 */
record PairBatch(long[][] inputIds, long[][] attentionMask, long[][] tokenTypeIds) {

    /** One tokenized pair: {@code [CLS] question [SEP] answer [SEP]} and the segment of each token. */
    record EncodedPair(long[] ids, long[] typeIds) {

        EncodedPair {
            if (ids.length != typeIds.length || ids.length == 0) {
                throw new IllegalArgumentException("a pair needs one type id per token, and at least one token");
            }
        }
    }

    static PairBatch of(List<EncodedPair> pairs) {
        int width = pairs.stream().mapToInt(p -> p.ids().length).max().orElse(0);
        long[][] ids = new long[pairs.size()][width];
        long[][] mask = new long[pairs.size()][width];
        long[][] types = new long[pairs.size()][width];
        for (int row = 0; row < pairs.size(); row++) {
            EncodedPair pair = pairs.get(row);
            System.arraycopy(pair.ids(), 0, ids[row], 0, pair.ids().length);
            System.arraycopy(pair.typeIds(), 0, types[row], 0, pair.typeIds().length);
            java.util.Arrays.fill(mask[row], 0, pair.ids().length, 1L);
        }
        return new PairBatch(ids, mask, types);
    }
}
