# case: find indices of claims above a large-loss threshold with nonzero and gather their exposures -> nonzero gives data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LargeLossExtractor(nn.Cell):
    def __init__(self, large_loss_limit=5000.0):
        super().__init__()
        self.limit = large_loss_limit

    def excess(self, severity):
        is_large = severity > self.limit
        idx = ops.nonzero(is_large).reshape(-1)
        return idx

    def construct(self, severity, exposure):
        idx = self.excess(severity)
        large_sev = ops.gather(severity, idx, 0)
        large_exp = ops.gather(exposure, idx, 0)
        excess_layer = (large_sev - self.limit) * large_exp
        return excess_layer.sum()


def make():
    np.random.seed(2)
    sev = Tensor(np.random.lognormal(7.5, 1.2, size=(30,)).astype(np.float32))
    exp_ = Tensor(np.random.uniform(0.2, 1.0, size=(30,)).astype(np.float32))
    return LargeLossExtractor(), (sev, exp_)
