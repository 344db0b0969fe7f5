# case: if on a tensor drift value chooses between full rebalance and holding, both branches returning same-shaped weights -> static shapes (control flow) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriftTrigger(nn.Cell):
    def __init__(self, band=0.05):
        super().__init__()
        self.band = band

    def drifted_weights(self, w, returns):
        grown = w * (1.0 + returns)
        return grown / grown.sum()

    def construct(self, w, returns, target_w):
        drifted = self.drifted_weights(w, returns)
        max_drift = ops.abs(drifted - target_w).max()
        if max_drift > self.band:
            out = target_w
        else:
            out = drifted
        return out, max_drift


def make():
    np.random.seed(20)
    w = np.full((6,), 1.0 / 6.0, dtype=np.float32)
    r = (0.05 * np.random.randn(6)).astype(np.float32)
    return DriftTrigger(), (Tensor(w), Tensor(r), Tensor(w.copy()))
