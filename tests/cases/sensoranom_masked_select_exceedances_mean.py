# case: masked_select reconstruction errors above an adaptive threshold and average them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExceedanceStats(nn.Cell):
    def __init__(self, k_sigma=2.0):
        super().__init__()
        self.k_sigma = k_sigma

    def adaptive_threshold(self, err):
        return err.mean() + self.k_sigma * err.std()

    def construct(self, signal, recon):
        err = ops.abs(signal - recon)
        thr = self.adaptive_threshold(err)
        exceed = ops.masked_select(err, err > thr)
        severity = exceed.sum() / (exceed.shape[0] + 1e-6)
        return severity, thr


def make():
    np.random.seed(1)
    signal = Tensor(np.random.randn(4, 32).astype(np.float32))
    recon = Tensor(np.random.randn(4, 32).astype(np.float32) * 0.3)
    return ExceedanceStats(), (signal, recon)
