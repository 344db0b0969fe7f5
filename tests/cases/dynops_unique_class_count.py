# case: training utility counts distinct labels in a batch with ops.unique and normalises by that count; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def class_balance_weight(labels):
    uniq, _ = ops.unique(labels)
    n_cls = uniq.shape[0]
    return uniq.astype(ms.float32).sum() / n_cls


class BalancedLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ce = nn.CrossEntropyLoss()

    def construct(self, logits, labels):
        w = class_balance_weight(labels)
        return self.ce(logits, labels) * w


def make():
    logits = Tensor(np.random.RandomState(4).randn(8, 5).astype(np.float32))
    labels = Tensor(np.array([0, 1, 1, 3, 3, 3, 4, 0], np.int32))
    return BalancedLoss(), (logits, labels)
