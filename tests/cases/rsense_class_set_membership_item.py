# case: checks whether the tile's majority class is in a set of water/urban classes using .item() and a Python set -> error from host conversion and set use on tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedClassFilter(nn.Cell):
    def __init__(self, num_classes=6, excluded=(1, 4)):
        super().__init__()
        self.num_classes = num_classes
        self.excluded = set(excluded)

    def majority(self, labels):
        onehot = ops.one_hot(labels.reshape(-1), self.num_classes,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0).argmax()

    def construct(self, cube, labels):
        major = self.majority(labels).item()
        if major in self.excluded:
            return cube * 0.0
        return cube


def make():
    np.random.seed(22)
    cube = Tensor(np.random.rand(3, 6, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 6, size=(6, 6)).astype(np.int32))
    return MaskedClassFilter(), (cube, labels)
