# case: count distinct flour lot ids used across the dough batches in a shift with ops.unique -> unique output shape depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlourLotSummary(nn.Cell):
    def __init__(self, n_lots=32, emb_dim=8):
        super().__init__()
        self.lot_emb = nn.Embedding(n_lots, emb_dim)
        self.quality = nn.Dense(emb_dim, 1)

    def construct(self, lot_ids, kg_used):
        lots, inverse = ops.unique(lot_ids)
        per_lot_kg = ops.unsorted_segment_sum(kg_used, inverse, lots.shape[0])
        q = self.quality(self.lot_emb(lots)).squeeze(-1)
        return (q * per_lot_kg).sum() / per_lot_kg.sum(), lots.shape[0]


def make():
    np.random.seed(8)
    lot_ids = np.random.randint(0, 32, size=(48,)).astype(np.int32)
    kg = (np.random.rand(48) * 50 + 20).astype(np.float32)
    return FlourLotSummary(), (Tensor(lot_ids), Tensor(kg))
