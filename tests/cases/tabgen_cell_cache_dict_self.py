# case: caches the last parsed table summary in a dict attribute on self and bumps a call counter inside construct -> attribute writes on self in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TableSummaryCache(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.Dense(hidden, hidden)
        self.cache = {}
        self.calls = 0

    def construct(self, cell_emb, table_id):
        pooled = ops.tanh(self.encoder(cell_emb)).mean(axis=0)
        self.calls += 1
        self.cache["last"] = pooled
        return pooled * table_id


def make():
    np.random.seed(23)
    emb = Tensor(np.random.randn(9, 8).astype(np.float32))
    return TableSummaryCache(), (emb, Tensor(np.float32(3.0)))
