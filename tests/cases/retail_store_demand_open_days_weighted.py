# case: per-store demand forecaster averages sales over open days by multiplying with a float open mask -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoreDemandForecaster(nn.Cell):
    def __init__(self, num_stores=5, history=14, horizon=7):
        super().__init__()
        self.history = history
        self.store_bias = nn.Embedding(num_stores, horizon)
        self.trend = nn.Dense(history, horizon)

    def open_day_mean(self, sales, is_open):
        w = is_open.astype(ms.float32)
        total = (sales * w).sum(axis=1, keepdims=True)
        days = ops.clamp(w.sum(axis=1, keepdims=True), min=1.0)
        return total / days

    def construct(self, store_ids, sales, is_open):
        base = self.open_day_mean(sales, is_open)
        return base + self.trend(sales) + self.store_bias(store_ids)


def make():
    np.random.seed(3)
    store_ids = Tensor(np.arange(5).astype(np.int32))
    sales = Tensor(np.random.poisson(20, size=(5, 14)).astype(np.float32))
    is_open = Tensor(np.random.rand(5, 14) > 0.2)
    return StoreDemandForecaster(), (store_ids, sales, is_open)
