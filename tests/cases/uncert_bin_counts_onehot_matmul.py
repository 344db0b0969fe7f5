# case: calibration bins computed by flooring confidence into a bin index, one-hot encoding it and using matmul to get per-bin counts, confidence and accuracy sums -> fixed n_bins, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BinStatistics(nn.Cell):
    def __init__(self, n_bins=6):
        super().__init__()
        self.n_bins = n_bins
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, conf, correct):
        idx = ops.floor(conf * self.n_bins).astype(ms.int32)
        idx = ops.clip_by_value(idx, 0, self.n_bins - 1)
        onehot = ops.one_hot(idx, self.n_bins, self.on, self.off)
        counts = onehot.sum(axis=0)
        conf_sum = ops.matmul(conf.expand_dims(0), onehot).squeeze(0)
        acc_sum = ops.matmul(correct.expand_dims(0), onehot).squeeze(0)
        safe = ops.maximum(counts, 1.0)
        return counts, conf_sum / safe, acc_sum / safe


def make():
    np.random.seed(0)
    stats = BinStatistics()
    conf = Tensor(np.random.uniform(0.2, 1.0, size=(18,)).astype(np.float32))
    correct = Tensor((np.random.rand(18) > 0.35).astype(np.float32))
    return stats, (conf, correct)
