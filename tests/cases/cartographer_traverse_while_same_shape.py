# case: iterate bearing corrections while the angular misclosure exceeds tolerance, keeping tensor shapes fixed -> tensor-condition while with constant shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BearingAdjust(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=10):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, bearings, expected_sum):
        it = Tensor(0, ms.int32)
        err = bearings.sum() - expected_sum
        while (ops.abs(err) > self.tol) and (it < self.max_iter):
            bearings = bearings - err / bearings.shape[0]
            err = bearings.sum() - expected_sum
            it = it + 1
        return bearings, err


def make():
    np.random.seed(25)
    b = np.random.rand(12).astype(np.float32) * 3.0
    return BearingAdjust(), (Tensor(b), Tensor(18.0, ms.float32))
