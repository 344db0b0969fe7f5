# case: compute a settling profile of the headspace pressure curve by scanning a fixed number of samples with a Python-int loop -> loop count known at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SettlingAnalyzer(nn.Cell):
    def __init__(self, target_bar=3.2, tol_bar=0.05, scan=12):
        super().__init__()
        self.target_bar = target_bar
        self.tol_bar = tol_bar
        self.scan = scan

    def construct(self, curve):
        settled_at = ops.zeros((), ms.float32)
        still_moving = ops.ones((), ms.float32)
        for i in range(self.scan):
            inside = (ops.abs(curve[i] - self.target_bar) <= self.tol_bar).astype(ms.float32)
            still_moving = still_moving * (1.0 - inside)
            settled_at = settled_at + still_moving
        overshoot = curve[:self.scan].max() - self.target_bar
        return overshoot, settled_at


def make():
    np.random.seed(72)
    t = np.arange(40, dtype=np.float32)
    curve = 3.2 + 0.8 * np.exp(-t / 5.0) * np.cos(t / 2.0)
    return SettlingAnalyzer(), (Tensor(curve.astype(np.float32)),)
