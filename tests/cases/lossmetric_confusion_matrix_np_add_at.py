# case: streaming confusion-matrix metric built with np.add.at on tensor predictions inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegConfusionMatrix(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.argmax = ops.Argmax(axis=1)

    def _flatten(self, logits, labels):
        preds = self.argmax(logits).reshape(-1)
        return preds, labels.reshape(-1)

    def construct(self, logits, labels):
        preds, gts = self._flatten(logits, labels)
        valid = gts != self.ignore_index
        cm = np.zeros((self.num_classes, self.num_classes), np.int64)
        g = gts.asnumpy()[valid.asnumpy()]
        p = preds.asnumpy()[valid.asnumpy()]
        np.add.at(cm, (g, p), 1)
        return Tensor(cm.astype(np.float32))


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32))
    labels = np.random.randint(0, 4, size=(2, 5, 5)).astype(np.int32)
    labels[1, 0, :] = 255
    return SegConfusionMatrix(), (logits, Tensor(labels))
