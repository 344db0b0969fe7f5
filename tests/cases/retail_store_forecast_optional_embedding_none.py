# case: demand forecaster adds a store embedding only when store ids are passed, tested with `is None` -> None check resolved at compile time, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandForecaster(nn.Cell):
    def __init__(self, num_stores=6, history=12, horizon=4):
        super().__init__()
        self.store_emb = nn.Embedding(num_stores, horizon)
        self.body = nn.SequentialCell([nn.Dense(history, 16), nn.ReLU(), nn.Dense(16, horizon)])

    def construct(self, history, store_ids=None, promo=None):
        out = self.body(history)
        if store_ids is not None:
            out = out + self.store_emb(store_ids)
        if promo is not None:
            out = out * (1.0 + 0.2 * promo.reshape(-1, 1))
        return ops.relu(out)


def make():
    np.random.seed(36)
    hist = Tensor(np.random.uniform(10, 40, size=(6, 12)).astype(np.float32))
    stores = Tensor(np.arange(6).astype(np.int32))
    return DemandForecaster(), (hist, stores)
