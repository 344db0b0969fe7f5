# case: expected calibration error loops over fixed bins and gathers the samples of each bin via nonzero indices -> per-bin index lists have data-dependent length, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ECEMetric(nn.Cell):
    def __init__(self, n_bins=5):
        super().__init__()
        self.n_bins = n_bins
        self.edges = [i / n_bins for i in range(n_bins + 1)]
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, logits, labels):
        probs = self.softmax(logits)
        conf = probs.max(axis=-1)
        pred = probs.argmax(axis=-1)
        acc = ops.cast(pred == labels, ms.float32)
        ece = ops.zeros((), ms.float32)
        n = conf.shape[0]
        for b in range(self.n_bins):
            in_bin = ops.logical_and(conf > self.edges[b], conf <= self.edges[b + 1])
            idx = ops.nonzero(in_bin).reshape(-1)
            bin_conf = ops.gather(conf, idx, 0)
            bin_acc = ops.gather(acc, idx, 0)
            count = ops.cast(ops.size(idx), ms.float32)
            gap = ops.abs(bin_conf.sum() - bin_acc.sum())
            ece = ece + gap / n
        return ece


def make():
    np.random.seed(0)
    metric = ECEMetric()
    logits = Tensor(np.random.randn(20, 3).astype(np.float32) * 2)
    labels = Tensor(np.random.randint(0, 3, size=(20,)).astype(np.int32))
    return metric, (logits, labels)
