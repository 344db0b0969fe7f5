# case: extreme-event loss averaging the worst k grid errors, with k = fraction of wet grid points counted from the precipitation field -> top-k size from tensor values (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WET_THRESHOLD_MM = 0.1


class ExtremeLossConfig:
    def __init__(self, tail_fraction=0.1, base_weight=1.0, tail_weight=0.5, use_tail=True):
        self.tail_fraction = tail_fraction
        self.base_weight = base_weight
        self.tail_weight = tail_weight
        self.use_tail = use_tail


class ExtremePrecipLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frac = config.tail_fraction
        self.base_weight = config.base_weight
        self.tail_weight = config.tail_weight
        self.use_tail = config.use_tail

    def _tail_mean(self, err, target):
        flat = err.reshape(-1)
        n_wet = (target > WET_THRESHOLD_MM).astype(ms.int32).sum()
        k = int(n_wet * self.frac) + 1
        worst, _ = ops.topk(flat, k)
        return worst.mean()

    def construct(self, pred, target):
        err = ops.abs(pred - target)
        loss = self.base_weight * err.mean()
        if self.use_tail:
            loss = loss + self.tail_weight * self._tail_mean(err, target)
        return loss


def make():
    np.random.seed(3662)
    net = ExtremePrecipLoss(ExtremeLossConfig())
    tp = np.random.gamma(0.4, 2.0, size=(2, 1, 16, 32)).astype(np.float32)
    pred = Tensor(tp + 0.3 * np.random.randn(*tp.shape).astype(np.float32))
    return net, (pred, Tensor(tp))
