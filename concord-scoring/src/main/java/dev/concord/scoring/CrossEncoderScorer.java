package dev.concord.scoring;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores each (prompt, response) pair with a cross-encoder: any BERT-style ONNX relevance model (for example the
 * ms-marco MiniLM family) read from a model file, with its HuggingFace {@code tokenizer.json}. The round's pairs go
 * through the model in one batch; each pair's logit becomes 0..10 by {@link LogitScale}. A blank response scores 0.
 *
 * <p>No cross-encoder weights ship with Concord, so the files come from configuration, and {@link #open} fails at
 * once, naming the missing file, rather than at the first round.
 */
public final class CrossEncoderScorer implements Scorer, AutoCloseable {

    /** Longest pair fed to the model, the BERT family's limit; a long answer is cut, the question never. */
    static final int MAX_TOKENS = 512;

    private final String id;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Set<String> inputs;

    private CrossEncoderScorer(String id, HuggingFaceTokenizer tokenizer, OrtEnvironment environment,
                               OrtSession session) {
        this.id = id;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.session = session;
        this.inputs = session.getInputNames();
    }

    /**
     * Loads the model and tokenizer; the id names the model file and the start of its SHA-256, so sheets scored by
     * different weights are told apart.
     *
     * @throws IllegalStateException naming the file when one is missing or cannot be loaded
     */
    public static CrossEncoderScorer open(Path modelFile, Path tokenizerFile) {
        requireFile(modelFile, "model");
        requireFile(tokenizerFile, "tokenizer");
        HuggingFaceTokenizer tokenizer = tokenizer(tokenizerFile);
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per call, as for the bi-encoders: the scoring workers are the parallelism.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(modelFile.toString(), options);
            String name = modelFile.getFileName().toString().replaceFirst("\\.onnx$", "");
            return new CrossEncoderScorer("cross-encoder:" + name + "@sha256-" + sha256Prefix(modelFile), tokenizer,
                    environment, session);
        } catch (OrtException e) {
            throw new IllegalStateException("cross-encoder: ONNX Runtime cannot load model file " + modelFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** The pair tokenizer alone: what builds the model's input, testable without weights. */
    static HuggingFaceTokenizer tokenizer(Path tokenizerFile) {
        requireFile(tokenizerFile, "tokenizer");
        try {
            return HuggingFaceTokenizer.builder()
                    .optTokenizerPath(tokenizerFile)
                    .optAddSpecialTokens(true)
                    .optTruncateSecondOnly()
                    .optMaxLength(MAX_TOKENS)
                    .optPadding(false)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cross-encoder: cannot read tokenizer file " + tokenizerFile + ": "
                    + e.getMessage(), e);
        }
    }

    static PairBatch.EncodedPair encode(HuggingFaceTokenizer tokenizer, String prompt, String response) {
        Encoding encoding = tokenizer.encode(prompt, response);
        return new PairBatch.EncodedPair(encoding.getIds(), encoding.getTypeIds());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Double> score(String prompt, List<String> responses) {
        List<Integer> asked = new ArrayList<>();
        List<PairBatch.EncodedPair> pairs = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            if (!responses.get(i).isBlank() && !prompt.isBlank()) {
                asked.add(i);
                pairs.add(encode(tokenizer, prompt, responses.get(i)));
            }
        }
        double[] scores = new double[responses.size()];
        if (!pairs.isEmpty()) {
            double[] logits = logits(PairBatch.of(pairs));
            for (int j = 0; j < asked.size(); j++) {
                scores[asked.get(j)] = LogitScale.toScore(logits[j]);
            }
        }
        return java.util.Arrays.stream(scores).boxed().toList();
    }

    /** One logit per pair: the model's first output, [batch, 1] (or [batch] for models that squeeze it). */
    private double[] logits(PairBatch batch) {
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(environment, batch.inputIds()));
            feed.put("attention_mask", OnnxTensor.createTensor(environment, batch.attentionMask()));
            if (inputs.contains("token_type_ids")) {
                feed.put("token_type_ids", OnnxTensor.createTensor(environment, batch.tokenTypeIds()));
            }
            try (OrtSession.Result result = session.run(feed)) {
                Object value = result.get(0).getValue();
                double[] logits = new double[batch.inputIds().length];
                for (int row = 0; row < logits.length; row++) {
                    logits[row] = value instanceof float[][] matrix ? matrix[row][0] : ((float[]) value)[row];
                }
                return logits;
            }
        } catch (OrtException e) {
            throw new IllegalStateException(id + ": inference failed: " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }

    private static void requireFile(Path file, String what) {
        if (file == null) {
            throw new IllegalStateException("cross-encoder: no " + what + " file configured");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("cross-encoder: " + what + " file " + file.toAbsolutePath()
                    + " does not exist; no cross-encoder weights ship with Concord, so point the configuration at"
                    + " an ONNX cross-encoder and its tokenizer.json (or leave the cross-encoder off)");
        }
    }

    private static String sha256Prefix(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
