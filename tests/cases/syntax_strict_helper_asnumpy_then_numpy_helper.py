# case: a method copies the labels to the host with .asnumpy(), counts them with NumPy and hands the counts to a module helper that calls max() on them; at STRICT the .asnumpy() fails first and the helper is never compiled -> STRICT error at the .asnumpy() only; LAX dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def inverse_freq(counts):
    freq = counts / max(counts.sum(), 1.0)
    return 1.0 / np.sqrt(freq + 1e-3)


class ClassWeightedLoss(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.num_classes = num_classes

    def _class_weight(self, labels):
        lab = labels.asnumpy().ravel()
        counts = np.bincount(lab, minlength=self.num_classes).astype(np.float32)
        return Tensor(inverse_freq(counts), ms.float32)

    def construct(self, logits, labels):
        weight = self._class_weight(labels)
        return ops.cross_entropy(logits, labels, weight=weight)


def make():
    np.random.seed(5)
    return ClassWeightedLoss(), (Tensor(np.random.randn(6, 4).astype(np.float32)),
                                 Tensor(np.random.randint(0, 4, size=(6,)).astype(np.int32)))
