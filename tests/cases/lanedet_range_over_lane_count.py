# case: loop for i in range(n) where n is the tensor count of existing lanes, summing lane curvature -> error: range() of a tensor value in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurvatureAccumulator(nn.Cell):
    def __init__(self, eval_y=0.9):
        super().__init__()
        self.eval_y = eval_y

    def curvature(self, c):
        d1 = 2.0 * c[0] * self.eval_y + c[1]
        d2 = 2.0 * c[0]
        return ops.abs(d2) / ops.pow(1.0 + d1 * d1, 1.5)

    def construct(self, coeffs, num_lanes):
        total = ops.zeros((), ms.float32)
        for i in range(num_lanes):
            total = total + self.curvature(coeffs[i])
        return total / num_lanes


def make():
    np.random.seed(17)
    coeffs = Tensor(np.random.randn(4, 3).astype(np.float32) * 0.2)
    n = Tensor(3, ms.int32)
    return CurvatureAccumulator(), (coeffs, n)
