# case: loops for i in range(n_visible) where n_visible is a tensor sum of the visibility mask, accumulating per-satellite throughput -> range over a tensor value, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleThroughput(nn.Cell):
    def __init__(self, bandwidth_mhz=250.0):
        super().__init__()
        self.bw = bandwidth_mhz

    def construct(self, visible, snr_lin):
        order = ops.argsort(visible.astype(ms.float32), descending=True)
        snr_sorted = ops.gather(snr_lin, order, 0)
        n_visible = visible.astype(ms.int32).sum()
        total = Tensor(0.0, ms.float32)
        for i in range(n_visible):
            total = total + self.bw * ops.log2(1.0 + snr_sorted[i])
        return total


def make():
    np.random.seed(21)
    vis = Tensor(np.random.rand(10) > 0.4)
    snr = Tensor(np.random.uniform(0.5, 30, size=(10,)).astype(np.float32))
    return VisibleThroughput(), (vis, snr)
