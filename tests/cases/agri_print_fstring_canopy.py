# case: logs canopy cover per tile with print of an f-string that formats tensor values inside construct -> f-string of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CanopyLogger(nn.Cell):
    def __init__(self, threshold=0.5, verbose=True):
        super().__init__()
        self.threshold = threshold
        self.verbose = verbose

    def construct(self, canopy_prob):
        veg = (canopy_prob > self.threshold).astype(ms.float32)
        cover = veg.mean(axis=(1, 2))
        if self.verbose:
            print(f"canopy cover per tile: {cover}, max {cover.max()}")
        return cover


def make():
    np.random.seed(11)
    canopy_prob = Tensor(np.random.rand(4, 10, 10).astype(np.float32))
    return CanopyLogger(), (canopy_prob,)
