# case: per-image class statistics using the ops.Unique() primitive on predicted labels to count distinct classes; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_CLASSES = 6


class PredictionStats(nn.Cell):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.num_classes = num_classes
        self.unique = ops.Unique()

    def construct(self, logits):
        labels = ops.argmax(logits, dim=-1).reshape(-1)
        classes, _ = self.unique(labels)
        n_distinct = classes.shape[0]
        coverage = ops.ones_like(classes).astype(ms.float32).sum() / self.num_classes
        return labels, coverage, n_distinct


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = nn.Dense(10, NUM_CLASSES)
        self.stats = PredictionStats()

    def construct(self, x):
        logits = self.head(x)
        labels, coverage, _ = self.stats(logits)
        return logits, coverage


def make():
    return Net(), (Tensor(np.random.randn(16, 10).astype(np.float32)),)
