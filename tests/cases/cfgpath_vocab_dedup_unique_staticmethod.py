# case: bag-of-words encoder deduplicates token ids with ops.unique in a staticmethod -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BagOfWordsEncoder(nn.Cell):
    def __init__(self, vocab_size=40, embed_dim=12, dedup=True, scale=1.0):
        super().__init__()
        self.table = nn.Embedding(vocab_size, embed_dim)
        self.dedup = dedup
        self.scale = scale
        self.out = nn.Dense(embed_dim, 4)

    @staticmethod
    def _distinct_ids(ids):
        flat = ids.reshape(-1)
        uniq, _ = ops.unique(flat)
        return uniq

    def construct(self, ids):
        if self.dedup:
            ids = self._distinct_ids(ids)
        vecs = self.table(ids.reshape(-1))
        pooled = vecs.mean(axis=0, keep_dims=True) * self.scale
        return self.out(pooled)


def make():
    np.random.seed(3)
    ids = Tensor(np.array([[1, 5, 5, 9], [9, 2, 1, 1]], dtype=np.int32))
    return BagOfWordsEncoder(), (ids,)
