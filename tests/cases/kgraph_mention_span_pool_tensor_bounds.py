# case: mention span mean-pooling that slices token states with start/end read from a span tensor -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanEntityScorer(nn.Cell):
    def __init__(self, vocab=80, dim=16, num_entities=30):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.encoder = nn.Dense(dim, dim)
        self.ent = nn.Embedding(num_entities, dim)

    def pool_spans(self, states, spans):
        pooled = []
        for b in range(states.shape[0]):
            start = spans[b, 0]
            end = spans[b, 1]
            piece = states[b, start:end]
            pooled.append(piece.mean(axis=0))
        return ops.stack(pooled)

    def construct(self, tokens, spans, gold_entities):
        states = ops.relu(self.encoder(self.tok(tokens)))
        mentions = self.pool_spans(states, spans)
        logits = ops.matmul(mentions, self.ent.embedding_table.T)
        return ops.cross_entropy(logits, gold_entities)


def make():
    np.random.seed(6)
    tokens = np.random.randint(0, 80, (3, 10)).astype(np.int32)
    spans = np.array([[1, 3], [4, 8], [0, 2]], dtype=np.int32)
    gold = np.array([3, 17, 29], dtype=np.int32)
    return SpanEntityScorer(), (Tensor(tokens), Tensor(spans), Tensor(gold))
