# case: smooth a water-level gauge series by converting to NumPy with .asnumpy() for a median filter inside construct -> asnumpy and NumPy on tensors in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeSmoother(nn.Cell):
    def __init__(self, width=5):
        super().__init__()
        self.width = width

    def construct(self, gauge):
        arr = gauge.asnumpy()
        half = self.width // 2
        padded = np.pad(arr, (half, half), mode="edge")
        smooth = np.array([np.median(padded[i:i + self.width]) for i in range(arr.shape[0])])
        return Tensor(smooth.astype(np.float32)) - gauge


def make():
    np.random.seed(121)
    g = (3.0 + np.random.randn(30) * 0.1).astype(np.float32)
    g[12] = 5.0
    return GaugeSmoother(), (Tensor(g),)
