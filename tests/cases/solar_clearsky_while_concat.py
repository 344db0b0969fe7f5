# case: clear-sky detector walks the irradiance series in a while loop on tensor values and concatenates each clear-sky sample to a growing tensor -> loop growing a tensor on data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClearSkySampler(nn.Cell):
    def __init__(self, tol=0.1):
        super().__init__()
        self.tol = tol

    def construct(self, ghi, ghi_clear):
        ratio = ghi / (ghi_clear + 1e-3)
        picked = ops.zeros((1,), ms.float32)
        i = 0
        n = ghi.shape[0]
        while i < n:
            if ops.abs(ratio[i] - 1.0) < self.tol:
                picked = ops.concat((picked, ghi[i:i + 1]))
            i += 1
        return picked[1:]


def make():
    np.random.seed(30)
    clear = np.linspace(100, 900, 12).astype(np.float32)
    ghi = clear * np.random.uniform(0.6, 1.05, size=(12,)).astype(np.float32)
    return ClearSkySampler(), (Tensor(ghi), Tensor(clear))
