# case: computes swarm separation forces with a Python loop over members whose count comes from positions.shape[0] -> static loop bound, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparationRule(nn.Cell):
    def __init__(self, min_sep=2.0, weight=0.8):
        super().__init__()
        self.min_sep = min_sep
        self.weight = weight

    def force_on(self, i, positions):
        rel = positions[i] - positions
        d = ops.norm(rel, dim=1, keepdim=True) + 1e-3
        close = ops.logical_and(d < self.min_sep, d > 1e-2).astype(ms.float32)
        return ops.reduce_sum(rel / d * (self.min_sep - d) * close, 0)

    def construct(self, positions):
        n = positions.shape[0]
        forces = []
        for i in range(n):
            forces.append(self.force_on(i, positions))
        return self.weight * ops.stack(forces)


def make():
    np.random.seed(34)
    pos = np.random.uniform(-3, 3, size=(6, 3)).astype(np.float32)
    return SeparationRule(), (Tensor(pos),)
