# case: picks the active spherical-harmonics degree from the training step tensor via .asnumpy() then evaluates that many SH bands -> error, host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

C0 = 0.28209479177387814
C1 = 0.4886025119029199


class ProgressiveSH(nn.Cell):
    def __init__(self, max_degree=1, steps_per_degree=1000):
        super().__init__()
        self.max_degree = max_degree
        self.steps_per_degree = steps_per_degree

    def construct(self, sh, dirs, step):
        degree = min(int(step.asnumpy()) // self.steps_per_degree, self.max_degree)
        rgb = C0 * sh[:, 0]
        if degree > 0:
            x = dirs[:, 0:1]
            y = dirs[:, 1:2]
            z = dirs[:, 2:3]
            rgb = rgb - C1 * y * sh[:, 1] + C1 * z * sh[:, 2] - C1 * x * sh[:, 3]
        return ops.clamp(rgb + 0.5, min=0.0)


def make():
    np.random.seed(8)
    sh = Tensor(np.random.randn(10, 4, 3).astype(np.float32) * 0.3)
    d = np.random.randn(10, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return ProgressiveSH(), (sh, Tensor(d), Tensor(2500, ms.int32))
