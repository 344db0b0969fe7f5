# case: mention span pooling with a position mask built from arange against start/end -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanMaskPooler(nn.Cell):
    def __init__(self, vocab=80, dim=16, num_entities=30, max_width=6, use_width_emb=True):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.encoder = nn.Dense(dim, dim)
        self.width_emb = nn.Embedding(max_width + 1, dim)
        self.ent = nn.Embedding(num_entities, dim)
        self.max_width = max_width
        self.use_width_emb = use_width_emb

    def span_mask(self, seq_len, spans):
        pos = ops.arange(seq_len).astype(ms.int32).reshape(1, -1)
        start = spans[:, 0:1]
        end = spans[:, 1:2]
        return ops.logical_and(pos >= start, pos < end).astype(ms.float32)

    def construct(self, tokens, spans):
        states = ops.relu(self.encoder(self.tok(tokens)))
        mask = self.span_mask(tokens.shape[1], spans)
        summed = (states * mask.expand_dims(-1)).sum(axis=1)
        pooled = summed / ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        if self.use_width_emb:
            width = ops.clamp(spans[:, 1] - spans[:, 0], 0, self.max_width)
            pooled = pooled + self.width_emb(width)
        return ops.matmul(pooled, self.ent.embedding_table.T)


def make():
    np.random.seed(7)
    tokens = np.random.randint(0, 80, (3, 10)).astype(np.int32)
    spans = np.array([[1, 3], [4, 8], [0, 2]], dtype=np.int32)
    return SpanMaskPooler(), (Tensor(tokens), Tensor(spans))
