package dev.tracer.scenario;

import dev.tracer.io.RecordCodec;
import dev.tracer.scenario.cache.ExtractionCache.Blob;
import dev.tracer.scenario.cache.ExtractionCache;
import dev.tracer.scenario.parse.SourceModel;

/**
 * What the extraction stores in its {@link ExtractionCache} and how: a file's {@link SourceModel.FileModel} and a test
 * file's {@link ScenarioBuilder.Built}, as {@link RecordCodec} bytes. It lives beside the builder, not in the cache,
 * so that the cache depends on nothing it stores.
 */
final class CacheCodec {

    /** Raise when {@link SourceModel}, the parser's extraction, the built scenarios or the cache's layout change. */
    static final int FORMAT = 2;

    private static final RecordCodec<SourceModel.FileModel> MODELS = RecordCodec.of(SourceModel.FileModel.class);
    private static final RecordCodec<ScenarioBuilder.Built> RESULTS = RecordCodec.of(ScenarioBuilder.Built.class);

    private CacheCodec() {
    }

    static Blob encodeModel(SourceModel.FileModel model) {
        return Blob.of(MODELS.encode(model));
    }

    /** @throws IllegalArgumentException when the bytes are not a model */
    static SourceModel.FileModel decodeModel(Blob blob) {
        return MODELS.decode(blob.bytes(), blob.offset(), blob.length());
    }

    static Blob encodeResult(ScenarioBuilder.Built result) {
        return Blob.of(RESULTS.encode(result));
    }

    /** @throws IllegalArgumentException when the bytes are not a result */
    static ScenarioBuilder.Built decodeResult(Blob blob) {
        return RESULTS.decode(blob.bytes(), blob.offset(), blob.length());
    }
}
