# case: deduplicates feature ids with ops.unique before an embedding lookup, then scatters back via inverse index -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupEmbedding(nn.Cell):
    """Embedding lookup that only touches each distinct id once (saves bandwidth on big tables)."""

    def __init__(self, vocab_size=50, dim=8, dedup=True, combiner="sum"):
        super().__init__()
        self.dedup = dedup
        self.combiner = combiner
        self.table = nn.Embedding(vocab_size, dim)

    def lookup(self, ids):
        flat = ids.reshape(-1)
        if not self.dedup:
            return self.table(flat)
        uniq, inverse = ops.unique(flat)
        uniq_vecs = self.table(uniq)
        return ops.gather(uniq_vecs, inverse, 0)

    def construct(self, ids):
        vecs = self.lookup(ids).reshape(ids.shape + (-1,))
        if self.combiner == "sum":
            return vecs.sum(axis=1)
        return vecs.mean(axis=1)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 10, size=(4, 6)).astype(np.int32))
    return DedupEmbedding(), (ids,)
