# case: helper method computes a robust per-sensor median baseline with np.median on the tensor -> NumPy call on tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustBaseline(nn.Cell):
    def __init__(self, mad_scale=1.4826):
        super().__init__()
        self.mad_scale = mad_scale

    def baseline(self, x):
        med = np.median(x.asnumpy(), axis=0)
        return Tensor(med, ms.float32)

    def construct(self, x):
        med = self.baseline(x)
        dev = ops.abs(x - med)
        mad = dev.mean(axis=0) * self.mad_scale
        return dev / (mad + 1e-6)


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(25, 3).astype(np.float32))
    return RobustBaseline(), (x,)
