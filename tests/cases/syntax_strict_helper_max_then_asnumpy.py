# case: near miss for the order: a method first calls a module helper whose max() of tensor data with a Python number fails at STRICT, and copies to the host with .asnumpy() only after -> STRICT error at the helper's max(), not at the .asnumpy()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalise(counts):
    return counts / max(counts.sum(), 1.0)


class ClassWeightedLoss(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.num_classes = num_classes

    def _class_weight(self, labels):
        freq = normalise(ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32),
                                     Tensor(0.0, ms.float32)).sum(axis=0))
        host = freq.asnumpy()
        return Tensor(1.0 / np.sqrt(host + 1e-3), ms.float32)

    def construct(self, logits, labels):
        weight = self._class_weight(labels)
        return ops.cross_entropy(logits, labels, weight=weight)


def make():
    np.random.seed(5)
    return ClassWeightedLoss(), (Tensor(np.random.randn(6, 4).astype(np.float32)),
                                 Tensor(np.random.randint(0, 4, size=(6,)).astype(np.int32)))
