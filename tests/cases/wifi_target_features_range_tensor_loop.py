# case: loop `for i in range(n_targets)` where n_targets is a tensor count of detections, accumulating per-target features -> error or dynamic (range of a tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TargetFeatureAccumulator(nn.Cell):
    def __init__(self, threshold=2.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, powers, velocities):
        order = ops.argsort(powers, descending=True)
        p = powers[order]
        v = velocities[order]
        n_targets = (p > self.threshold).astype(ms.int32).sum()
        energy = Tensor(0.0, ms.float32)
        mean_v = Tensor(0.0, ms.float32)
        for i in range(n_targets):
            energy = energy + p[i]
            mean_v = mean_v + v[i] * p[i]
        return energy, mean_v / (energy + 1e-6)


def make():
    np.random.seed(30)
    p = np.abs(np.random.randn(10)).astype(np.float32) * 2
    v = np.random.randn(10).astype(np.float32)
    return TargetFeatureAccumulator(), (Tensor(p), Tensor(v))
