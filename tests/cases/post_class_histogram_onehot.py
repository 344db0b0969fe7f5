# case: per-image class statistics with one_hot sums and count_nonzero over the histogram (fixed shape); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_CLASSES = 6


class PredictionStats(nn.Cell):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.num_classes = num_classes
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, logits):
        labels = ops.argmax(logits, dim=-1).reshape(-1)
        hist = ops.one_hot(labels, self.num_classes, self.on, self.off).sum(axis=0)
        n_distinct = ops.count_nonzero(hist)
        coverage = n_distinct.astype(ms.float32) / self.num_classes
        return labels, coverage, hist


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = nn.Dense(10, NUM_CLASSES)
        self.stats = PredictionStats()

    def construct(self, x):
        logits = self.head(x)
        labels, coverage, hist = self.stats(logits)
        return logits, coverage, hist


def make():
    return Net(), (Tensor(np.random.randn(16, 10).astype(np.float32)),)
