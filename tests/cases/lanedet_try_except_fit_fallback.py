# case: try a matrix inverse for the lane polynomial fit and fall back to a straight line in an except block inside construct -> error: try/except not supported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustLaneFit(nn.Cell):
    def __init__(self, num_rows=10):
        super().__init__()
        ys = np.linspace(0.0, 1.0, num_rows).astype(np.float32)
        self.design = Tensor(np.stack([ys ** 2, ys, np.ones_like(ys)], axis=1))

    def construct(self, xs):
        a = self.design
        try:
            coeffs = ops.matmul(ops.matmul(ops.inverse(ops.matmul(a.T, a)), a.T), xs.view(-1, 1))
        except RuntimeError:
            coeffs = ops.concat((ops.zeros((2, 1), ms.float32), xs.mean().view(1, 1)))
        return coeffs.view(-1)


def make():
    np.random.seed(12)
    ys = np.linspace(0.0, 1.0, 10)
    xs = 0.3 * ys ** 2 - 0.2 * ys + 0.5 + np.random.randn(10) * 0.01
    return RobustLaneFit(), (Tensor(xs.astype(np.float32)),)
