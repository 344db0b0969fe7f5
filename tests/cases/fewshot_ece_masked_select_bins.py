# case: expected calibration error loops over confidence bins using masked_select -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ECEMetric(nn.Cell):
    def __init__(self, n_bins=5):
        super().__init__()
        self.n_bins = n_bins
        edges = np.linspace(0.0, 1.0, n_bins + 1).astype(np.float32)
        self.lowers = Tensor(edges[:-1])
        self.uppers = Tensor(edges[1:])

    def construct(self, logits, labels):
        probs = ops.softmax(logits, axis=-1)
        conf, pred = probs.max(axis=-1, return_indices=True)
        correct = (pred == labels).astype(ms.float32)
        ece = ops.zeros((), ms.float32)
        for b in range(self.n_bins):
            in_bin = ops.logical_and(conf > self.lowers[b], conf <= self.uppers[b])
            bin_conf = ops.masked_select(conf, in_bin)
            bin_acc = ops.masked_select(correct, in_bin)
            weight = in_bin.astype(ms.float32).mean()
            gap = ops.abs(bin_conf.mean() - bin_acc.mean())
            ece = ece + ops.where(weight > 0, gap * weight, ops.zeros_like(gap))
        return ece


def make():
    np.random.seed(4)
    logits = Tensor(np.random.randn(32, 4).astype(np.float32) * 2)
    labels = Tensor(np.random.randint(0, 4, size=(32,)).astype(np.int32))
    return ECEMetric(), (logits, labels)
