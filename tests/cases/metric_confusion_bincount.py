# case: confusion matrix via torch-style bincount(label*C+pred, minlength=C*C) then reshape; expect dynamic (bincount) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfusionMatrix(nn.Cell):
    def __init__(self, num_classes=5, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index

    def construct(self, logits, labels):
        pred = logits.argmax(1).reshape(-1)
        labels = labels.reshape(-1)
        valid = (labels != self.ignore_index).astype(ms.int32)
        idx = (labels * self.num_classes + pred) * valid
        counts = ops.bincount(idx, minlength=self.num_classes ** 2)
        return counts[: self.num_classes ** 2].reshape(self.num_classes, self.num_classes)


def make():
    logits = Tensor(np.random.randn(2, 5, 8, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, (2, 8, 8)).astype(np.int32))
    return ConfusionMatrix(), (logits, labels)
