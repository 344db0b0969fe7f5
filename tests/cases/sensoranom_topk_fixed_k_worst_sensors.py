# case: report the k worst sensors per window with topk where k is a constructor constant -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstSensorReporter(nn.Cell):
    def __init__(self, k=2):
        super().__init__()
        self.k = k

    def sensor_error(self, x, recon):
        return ops.square(x - recon).mean(axis=1)

    def construct(self, x, recon):
        err = self.sensor_error(x, recon)
        vals, idx = ops.topk(err, self.k)
        share = vals.sum(axis=-1) / (err.sum(axis=-1) + 1e-6)
        return idx, share


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(5, 16, 6).astype(np.float32))
    recon = Tensor(np.random.randn(5, 16, 6).astype(np.float32) * 0.5)
    return WorstSensorReporter(), (x, recon)
