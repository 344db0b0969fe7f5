# case: extreme-event loss averaging the worst grid errors with k computed from config fraction and the static grid size -> top-k size is a Python int, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtremeLossConfig:
    def __init__(self, tail_fraction=0.05, tail_weight=0.5, use_tail=True, per_sample=True):
        self.tail_fraction = tail_fraction
        self.tail_weight = tail_weight
        self.use_tail = use_tail
        self.per_sample = per_sample


class ExtremeLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frac = config.tail_fraction
        self.tail_weight = config.tail_weight
        self.use_tail = config.use_tail
        self.per_sample = config.per_sample

    def _tail_mean(self, err):
        if self.per_sample:
            flat = err.reshape(err.shape[0], -1)
        else:
            flat = err.reshape(1, -1)
        k = max(1, int(flat.shape[-1] * self.frac))
        worst, _ = ops.topk(flat, k)
        return worst.mean()

    def construct(self, pred, target):
        err = ops.abs(pred - target)
        loss = err.mean()
        if self.use_tail:
            loss = loss + self.tail_weight * self._tail_mean(err)
        return loss


def make():
    np.random.seed(3663)
    net = ExtremeLoss(ExtremeLossConfig())
    tgt = np.random.gamma(0.4, 2.0, size=(2, 1, 16, 32)).astype(np.float32)
    pred = Tensor(tgt + 0.3 * np.random.randn(*tgt.shape).astype(np.float32))
    return net, (pred, Tensor(tgt))
