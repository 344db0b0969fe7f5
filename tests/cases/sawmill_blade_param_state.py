# case: blade tension monitor keeps the last tension reading in a Parameter updated with ops.assign to compute drift -> Parameter side effect is supported, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeDriftMonitor(nn.Cell):
    def __init__(self, n_blades=4, drift_limit=1.5):
        super().__init__()
        self.drift_limit = drift_limit
        self.last_tension = ms.Parameter(Tensor(np.zeros((n_blades,), np.float32)),
                                         name="last_tension", requires_grad=False)

    def construct(self, tension_kn):
        per_blade = tension_kn.mean(axis=1)
        drift = per_blade - self.last_tension
        ops.assign(self.last_tension, per_blade)
        retension = ops.cast(ops.abs(drift) > self.drift_limit, ms.int32)
        return drift, retension


def make():
    np.random.seed(3214)
    tension = Tensor((28.0 + np.random.randn(4, 32)).astype(np.float32))
    return BladeDriftMonitor(), (tension,)
