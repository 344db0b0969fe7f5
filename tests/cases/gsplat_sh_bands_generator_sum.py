# case: sums spherical-harmonics band contributions with a generator expression over band indices inside construct -> generator expression in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SH_C1 = 0.4886025119029199


class SHDegreeOne(nn.Cell):
    def __init__(self):
        super().__init__()
        self.signs = (-1.0, 1.0, -1.0)
        self.axes = (1, 2, 0)

    def construct(self, sh, dirs):
        base = 0.28209479177387814 * sh[:, 0]
        band = sum(self.signs[k] * SH_C1 * dirs[:, self.axes[k]:self.axes[k] + 1] * sh[:, k + 1]
                   for k in range(3))
        return ops.clamp(base + band + 0.5, 0.0, 1.0)


def make():
    np.random.seed(21)
    sh = Tensor(np.random.randn(11, 4, 3).astype(np.float32) * 0.3)
    d = np.random.randn(11, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return SHDegreeOne(), (sh, Tensor(d))
