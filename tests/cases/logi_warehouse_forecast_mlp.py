# case: per-warehouse demand forecaster with an embedding for the warehouse id and a small MLP over recent history -> ordinary layers with static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarehouseForecaster(nn.Cell):
    def __init__(self, num_warehouses=5, history_len=7, emb_dim=4, hidden=16, horizon=3):
        super().__init__()
        self.emb = nn.Embedding(num_warehouses, emb_dim)
        self.body = nn.SequentialCell([
            nn.Dense(history_len + emb_dim, hidden),
            nn.ReLU(),
            nn.Dense(hidden, horizon),
        ])
        self.softplus = ops.Softplus()

    def construct(self, history, warehouse_ids):
        scale = history.mean(axis=1, keep_dims=True) + 1e-3
        feats = ops.concat((history / scale, self.emb(warehouse_ids)), axis=1)
        return self.softplus(self.body(feats)) * scale


def make():
    np.random.seed(26)
    history = Tensor(np.random.uniform(20, 200, size=(5, 7)).astype(np.float32))
    ids = Tensor(np.arange(5).astype(np.int32))
    return WarehouseForecaster(), (history, ids)
