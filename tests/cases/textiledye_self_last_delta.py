# case: colour matching cell caches the latest mean delta-E on self for later logging, written inside construct -> self attribute assigned in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CIELabMatcher(nn.Cell):
    def __init__(self, kl=1.0):
        super().__init__()
        self.kl = kl
        self.last_delta_e = None

    def delta_e(self, a, b):
        d = a - b
        d = d * Tensor(np.array([1.0 / self.kl, 1.0, 1.0], np.float32))
        return ops.sqrt((d * d).sum(axis=-1))

    def construct(self, lab_batch, lab_std):
        de = self.delta_e(lab_batch, lab_std)
        self.last_delta_e = de.mean()
        return de


def make():
    np.random.seed(32)
    std = np.array([38.0, 22.0, -40.0], np.float32)
    lab = (std + np.random.randn(12, 3)).astype(np.float32)
    return CIELabMatcher(), (Tensor(lab), Tensor(std))
