# case: multi-hot bag pooling drops padding ids via nonzero and averages valid embeddings per sample; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class EmbeddingBag(nn.Cell):
    def __init__(self, vocab=100, dim=8, pad=0):
        super().__init__()
        self.pad = pad
        self.emb = nn.Embedding(vocab, dim)

    def construct(self, bags):
        batch = bags.shape[0]
        pos = P.nonzero(bags != self.pad)
        ids = P.gather_nd(bags, pos)
        rows = pos[:, 0]
        vec = self.emb(ids)
        s = P.unsorted_segment_sum(vec, rows, batch)
        n = P.unsorted_segment_sum(P.ones_like(rows).astype(ms.float32), rows, batch)
        return s / P.maximum(n, 1.0).reshape(-1, 1)


def make():
    bags = np.random.RandomState(32).randint(1, 100, (4, 5)).astype(np.int32)
    bags[0, 3:] = 0
    bags[2, 1:] = 0
    return EmbeddingBag(), (Tensor(bags),)
