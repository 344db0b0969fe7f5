# case: zero out null/guard subcarriers of a CSI matrix by multiplying a fixed mask built in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuardBandMasker(nn.Cell):
    def __init__(self, n_sc=64, n_guard=6, dc_null=True):
        super().__init__()
        mask = np.ones(n_sc, dtype=np.float32)
        mask[:n_guard] = 0.0
        mask[-(n_guard - 1):] = 0.0
        if dc_null:
            mask[n_sc // 2] = 0.0
        self.mask = Tensor(mask)
        self.n_used = float(mask.sum())

    def construct(self, csi_re, csi_im):
        re = csi_re * self.mask
        im = csi_im * self.mask
        power = (re * re + im * im).sum(axis=-1) / self.n_used
        return re, im, power


def make():
    np.random.seed(1)
    re = Tensor(np.random.randn(3, 4, 64).astype(np.float32))
    im = Tensor(np.random.randn(3, 4, 64).astype(np.float32))
    return GuardBandMasker(), (re, im)
