# case: if the mean front displacement is positive the tile is cropped to the retreat half, else kept whole -> tensor if with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetreatCropper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reduce = ops.ReduceMean()

    def displacement(self, t0, t1):
        return self.reduce(t1 - t0)

    def construct(self, front_t0, front_t1):
        d = self.displacement(front_t0, front_t1)
        if d > 0:
            out = front_t1[:, :8]
        else:
            out = front_t1
        return out * 2.0


def make():
    np.random.seed(7)
    a = Tensor(np.random.rand(4, 16).astype(np.float32))
    b = Tensor((np.random.rand(4, 16) + 0.5).astype(np.float32))
    return RetreatCropper(), (a, b)
