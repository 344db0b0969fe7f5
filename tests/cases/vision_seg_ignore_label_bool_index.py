# case: segmentation cross-entropy drops ignore_index pixels with boolean-mask indexing -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegCrossEntropy(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index

    def _flatten(self, logits, target):
        n, c, h, w = logits.shape
        logits = logits.transpose(0, 2, 3, 1).reshape(-1, c)
        return logits, target.reshape(-1)

    def construct(self, logits, target):
        logits, target = self._flatten(logits, target)
        valid = target != self.ignore_index
        logits = logits[valid]
        target = target[valid]
        log_prob = ops.log_softmax(logits, axis=-1)
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return -(onehot * log_prob).sum(axis=-1).mean()


def make():
    np.random.seed(3)
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    target = np.random.randint(0, 4, size=(2, 8, 8)).astype(np.int32)
    target[:, :2, :] = 255
    return SegCrossEntropy(), (logits, Tensor(target))
