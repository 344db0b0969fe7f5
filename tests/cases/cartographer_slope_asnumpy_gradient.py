# case: compute terrain slope for contour smoothing by calling .asnumpy() and np.gradient inside construct -> NumPy on tensors in construct, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlopeMap(nn.Cell):
    def __init__(self, cell_size=30.0):
        super().__init__()
        self.cell_size = cell_size

    def construct(self, dem):
        gy, gx = np.gradient(dem.asnumpy(), self.cell_size)
        slope = Tensor(np.sqrt(gx * gx + gy * gy), ms.float32)
        return ops.atan(slope) * (180.0 / np.pi)


def make():
    np.random.seed(55)
    dem = np.cumsum(np.random.rand(32, 32).astype(np.float32) * 5.0, axis=1)
    return SlopeMap(), (Tensor(dem),)
