# case: log the measured hum and nominal of each bell with an f-string print of the tensor values during analysis -> f-string with tensors in construct, expected error or fallback in Graph mode
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
        hum = hum_bin.astype(ms.float32) * self.bin_hz
        nom = nom_bin.astype(ms.float32) * self.bin_hz
        if self.verbose:
            print(f"bell hum {hum} Hz, nominal {nom} Hz")
        return nom / hum


def make():
    np.random.seed(72)
    spec = np.abs(np.random.randn(3, 96)).astype(np.float32)
    return PartialLogger(), (Tensor(spec),)
