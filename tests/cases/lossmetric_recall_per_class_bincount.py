# case: per-class recall metric counting true positives and supports with ops.bincount -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClassRecall(nn.Cell):
    def __init__(self, num_classes=5, macro=True):
        super().__init__()
        self.num_classes = num_classes
        self.macro = macro

    def _counts(self, preds, labels):
        hit = (preds == labels).astype(ms.float32)
        support = ops.bincount(labels, minlength=self.num_classes)
        tp = ops.bincount(labels, weights=hit, minlength=self.num_classes)
        return tp, support.astype(ms.float32)

    def construct(self, logits, labels):
        preds = logits.argmax(axis=-1).astype(ms.int32)
        tp, support = self._counts(preds, labels)
        recall = tp / ops.clamp(support, min=1.0)
        if self.macro:
            return recall.mean()
        return recall


def make():
    np.random.seed(17)
    logits = Tensor(np.random.randn(20, 5).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(20,)).astype(np.int32))
    return PerClassRecall(), (logits, labels)
