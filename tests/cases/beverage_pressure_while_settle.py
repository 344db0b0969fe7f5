# case: step through the bottle headspace pressure curve until it settles below the tolerance, collecting the unsettled samples -> while loop on tensor values growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SettlingAnalyzer(nn.Cell):
    def __init__(self, target_bar=3.2, tol_bar=0.05):
        super().__init__()
        self.target_bar = target_bar
        self.tol_bar = tol_bar

    def construct(self, curve):
        i = 0
        unsettled = []
        while ops.abs(curve[i] - self.target_bar) > self.tol_bar:
            unsettled.append(curve[i])
            i = i + 1
        overshoot = ops.stack(unsettled).max() - self.target_bar
        return overshoot, i


def make():
    np.random.seed(71)
    t = np.arange(40, dtype=np.float32)
    curve = 3.2 + 0.8 * np.exp(-t / 5.0) * np.cos(t / 2.0)
    return SettlingAnalyzer(), (Tensor(curve.astype(np.float32)),)
