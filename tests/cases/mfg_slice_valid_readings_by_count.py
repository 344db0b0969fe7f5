# case: sensor buffer comes with a tensor count of valid readings; slice buf[:n_valid] and average -> slice bound taken from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressureBufferAverager(nn.Cell):
    def __init__(self, scale=0.01):
        super().__init__()
        self.scale = scale

    def construct(self, buf, n_valid):
        readings = buf[:n_valid]
        avg = readings.mean() * self.scale
        spread = (readings.max() - readings.min()) * self.scale
        return avg, spread


def make():
    np.random.seed(10)
    buf = Tensor(np.random.uniform(900, 1100, size=(32,)).astype(np.float32))
    n_valid = Tensor(21, ms.int32)
    return PressureBufferAverager(), (buf, n_valid)
