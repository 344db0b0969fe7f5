# case: sorting-belt batch summary counts parcels per destination postcode via one-hot sums over a fixed postcode vocabulary and weights destination embeddings -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltBatchSummary(nn.Cell):
    def __init__(self, n_postcodes=50, dim=8):
        super().__init__()
        self.n_postcodes = n_postcodes
        self.dest_emb = nn.Embedding(n_postcodes, dim)
        self.all_ids = Tensor(np.arange(n_postcodes, dtype=np.int32))

    def construct(self, dest_ids):
        onehot = ops.one_hot(dest_ids, self.n_postcodes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        present = (counts > 0).astype(ms.float32)
        vecs = self.dest_emb(self.all_ids) * present.expand_dims(-1)
        return vecs.sum(axis=0), counts


def make():
    np.random.seed(132)
    ids = Tensor(np.random.randint(0, 50, size=(24,)).astype(np.int32))
    return BeltBatchSummary(), (ids,)
