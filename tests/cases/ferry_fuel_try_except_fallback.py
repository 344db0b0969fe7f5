# case: fuel predictor wraps the division by distance in try/except ZeroDivisionError and falls back to zero -> try statement unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelPerMile(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(5, 8), nn.ReLU(), nn.Dense(8, 1)])

    def construct(self, engine_feats, nautical_miles):
        litres = self.net(engine_feats).squeeze(-1)
        try:
            rate = litres / nautical_miles
        except ZeroDivisionError:
            rate = ops.zeros_like(litres)
        return rate


def make():
    np.random.seed(13)
    feats = Tensor(np.random.randn(6, 5).astype(np.float32))
    miles = Tensor(np.random.uniform(2, 12, size=(6,)).astype(np.float32))
    return FuelPerMile(), (feats, miles)
