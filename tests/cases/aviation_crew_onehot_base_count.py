# case: crew pairing feature step counts distinct crew bases with a one-hot histogram instead of unique -> fixed-size outputs, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairingBaseFeatures(nn.Cell):
    def __init__(self, n_bases=10, emb_dim=8):
        super().__init__()
        self.n_bases = n_bases
        self.base_emb = nn.Embedding(n_bases, emb_dim)
        self.all_bases = Tensor(np.arange(n_bases, dtype=np.int32))

    def construct(self, leg_base_ids):
        hist = ops.one_hot(leg_base_ids, self.n_bases,
                           Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        present = (hist > 0).astype(ms.float32)
        n_distinct = present.sum()
        vecs = self.base_emb(self.all_bases)            # (n_bases, emb)
        pooled = (vecs * present.expand_dims(1)).sum(axis=0) / ops.maximum(n_distinct, 1.0)
        return pooled, n_distinct


def make():
    np.random.seed(42)
    ids = Tensor(np.random.randint(0, 10, size=(14,)).astype(np.int32))
    return PairingBaseFeatures(), (ids,)
