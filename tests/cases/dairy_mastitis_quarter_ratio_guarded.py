# case: mastitis detector guards the inter-quarter conductivity ratio with ops.maximum on the denominator, optional baseline tested with is None -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuardedQuarterRatio(nn.Cell):
    def __init__(self, ratio_alert=1.15, eps=1e-3):
        super().__init__()
        self.ratio_alert = ratio_alert
        self.eps = eps

    def construct(self, conductivity, baseline=None):
        if baseline is not None:
            conductivity = conductivity - baseline + baseline.mean()
        lowest = conductivity.min(axis=1)
        denom = ops.maximum(lowest, ops.full_like(lowest, self.eps))
        ratio = conductivity.max(axis=1) / denom
        return (ratio > self.ratio_alert).astype(ms.float32), ratio


def make():
    np.random.seed(28)
    cond = np.random.normal(5.5, 0.4, (7, 4)).astype(np.float32)
    return GuardedQuarterRatio(), (Tensor(cond), None)
