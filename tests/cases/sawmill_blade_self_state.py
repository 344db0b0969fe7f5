# case: blade tension monitor remembers the last tension reading by assigning self.last_tension inside construct to compute drift -> attribute of self written in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeDriftMonitor(nn.Cell):
    def __init__(self, drift_limit=1.5):
        super().__init__()
        self.drift_limit = drift_limit
        self.last_tension = Tensor(np.zeros((4,), np.float32))

    def construct(self, tension_kn):
        per_blade = tension_kn.mean(axis=1)
        drift = per_blade - self.last_tension
        self.last_tension = per_blade
        retension = ops.cast(ops.abs(drift) > self.drift_limit, ms.int32)
        return drift, retension


def make():
    np.random.seed(3213)
    tension = Tensor((28.0 + np.random.randn(4, 32)).astype(np.float32))
    return BladeDriftMonitor(), (tension,)
