# case: fuel predictor takes an optional per-vessel bias and tests it with `is None` -> None check resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelPredictor(nn.Cell):
    def __init__(self, n_feats=5):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feats, 16), nn.ReLU(), nn.Dense(16, 1)])

    def construct(self, engine_feats, vessel_bias=None):
        pred = self.body(engine_feats).squeeze(-1)
        if vessel_bias is not None:
            pred = pred + vessel_bias
        return ops.relu(pred)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(7, 5).astype(np.float32))
    return FuelPredictor(), (feats, None)
