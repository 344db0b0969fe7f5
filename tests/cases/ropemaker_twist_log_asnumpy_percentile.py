# case: compute the 95th-percentile twist deviation of each strand by converting to NumPy inside construct -> .asnumpy() and np.percentile on a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwistP95(nn.Cell):
    def __init__(self, nominal_tpm=120.0):
        super().__init__()
        self.nominal_tpm = nominal_tpm

    def construct(self, tpm):
        dev = ops.abs(tpm - self.nominal_tpm)
        p95 = np.percentile(dev.asnumpy(), 95, axis=1)
        return Tensor(p95.astype(np.float32)), dev.mean(axis=1)


def make():
    np.random.seed(141)
    tpm = np.random.normal(120.0, 3.0, size=(3, 50)).astype(np.float32)
    return TwistP95(), (Tensor(tpm),)
