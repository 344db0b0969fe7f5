# case: span representation via arange-based start/end masks and masked mean / max pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanClassifier(nn.Cell):
    def __init__(self, hidden=8, num_span_types=3, pooling="mean_max", width_buckets=6):
        super().__init__()
        self.pooling = pooling
        self.width_buckets = width_buckets
        self.width_emb = nn.Embedding(width_buckets, 4)
        in_dim = hidden * 2 if pooling == "mean_max" else hidden
        self.head = nn.Dense(in_dim + 4, num_span_types)

    def span_mask(self, spans, seq_len):
        pos = ops.arange(seq_len).astype(ms.int32).reshape(1, 1, -1)
        start = spans[..., 0:1]
        end = spans[..., 1:2]
        return ops.logical_and(pos >= start, pos <= end)      # (B, S, T)

    def construct(self, hidden_states, spans):
        mask = self.span_mask(spans, hidden_states.shape[1])
        maskf = mask.astype(ms.float32)
        h = hidden_states.expand_dims(1)                        # (B, 1, T, H)
        m = maskf.expand_dims(-1)
        mean = (h * m).sum(axis=2) / ops.clamp(m.sum(axis=2), min=1.0)
        feats = mean
        if self.pooling == "mean_max":
            masked = ops.where(m > 0, h, ops.full_like(h, -1e4))
            feats = ops.concat((mean, masked.max(axis=2)), axis=-1)
        width = ops.clamp(spans[..., 1] - spans[..., 0], 0, self.width_buckets - 1)
        feats = ops.concat((feats, self.width_emb(width)), axis=-1)
        return self.head(feats)


def make():
    np.random.seed(12)
    hs = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    spans = Tensor(np.array([[[0, 1], [2, 4], [5, 5]], [[1, 3], [3, 3], [0, 6]]], dtype=np.int32))
    return SpanClassifier(), (hs, spans)
