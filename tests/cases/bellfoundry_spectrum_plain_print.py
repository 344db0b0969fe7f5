# case: log the hum-to-nominal ratio of each bell with print of a string and a tensor under a verbose flag -> print of tensors is supported, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialLogger(nn.Cell):
    def __init__(self, bin_hz=15.625, verbose=True):
        super().__init__()
        self.bin_hz = bin_hz
        self.verbose = verbose

    def construct(self, spectrum):
        hum_bin = ops.argmax(spectrum[:, :24], dim=1)
        nom_bin = ops.argmax(spectrum[:, 24:], dim=1) + 24
        ratio = nom_bin.astype(ms.float32) / (hum_bin.astype(ms.float32) + 1.0)
        if self.verbose:
            print("nominal/hum ratio:", ratio)
        return ratio * self.bin_hz / self.bin_hz


def make():
    np.random.seed(72)
    spec = np.abs(np.random.randn(3, 96)).astype(np.float32)
    return PartialLogger(), (Tensor(spec),)
