# case: if the max Doppler energy is above a level, crop the range-Doppler map to the central Doppler bins, else keep it whole -> error (branches return different shapes on a tensor condition)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DopplerCrop(nn.Cell):
    def __init__(self, keep=8, level=5.0):
        super().__init__()
        self.keep = keep
        self.level = level

    def construct(self, rd):
        n_dop = rd.shape[1]
        lo = (n_dop - self.keep) // 2
        energy = (rd * rd).sum(axis=0)
        if energy.max() > self.level:
            out = rd[:, lo:lo + self.keep]
        else:
            out = rd
        return out * 2.0


def make():
    np.random.seed(26)
    rd = np.abs(np.random.randn(6, 16)).astype(np.float32)
    return DopplerCrop(), (Tensor(rd),)
