# case: keeps the top-k links where k is the number of links above threshold computed as int() of a tensor sum -> k depends on tensor data, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopK(nn.Cell):
    def __init__(self, threshold_db=8.0):
        super().__init__()
        self.threshold = threshold_db

    def construct(self, link_snr):
        n_good = int((link_snr > self.threshold).sum())
        k = max(n_good, 1)
        values, indices = ops.topk(link_snr, k)
        return values, indices


def make():
    np.random.seed(9)
    snr = Tensor(np.random.uniform(0, 20, size=(12,)).astype(np.float32))
    return AdaptiveTopK(), (snr,)
