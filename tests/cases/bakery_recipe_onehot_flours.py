# case: per-lot flour usage with a fixed lot vocabulary via one-hot segment sums (no unique) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_LOTS = 32


class FlourLotUsage(nn.Cell):
    def __init__(self, n_lots=N_LOTS, emb_dim=8):
        super().__init__()
        self.n_lots = n_lots
        self.lot_emb = nn.Embedding(n_lots, emb_dim)
        self.quality = nn.Dense(emb_dim, 1)
        self.all_lots = Tensor(np.arange(n_lots), ms.int32)

    def construct(self, lot_ids, kg_used):
        per_lot_kg = ops.unsorted_segment_sum(kg_used, lot_ids, self.n_lots)
        q = self.quality(self.lot_emb(self.all_lots)).squeeze(-1)
        used = (per_lot_kg > 0).astype(ms.float32)
        return (q * per_lot_kg).sum() / per_lot_kg.sum(), used.sum()


def make():
    np.random.seed(9)
    lot_ids = np.random.randint(0, N_LOTS, size=(48,)).astype(np.int32)
    kg = (np.random.rand(48) * 50 + 20).astype(np.float32)
    return FlourLotUsage(), (Tensor(lot_ids), Tensor(kg))
