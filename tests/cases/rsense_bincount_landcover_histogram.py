# case: builds a land-cover class histogram with bincount whose length follows the largest label in the tile -> dynamic shape from bincount
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassHistogram(nn.Cell):
    def __init__(self, normalize=True):
        super().__init__()
        self.normalize = normalize

    def construct(self, labels):
        counts = ops.bincount(labels.reshape(-1))
        if self.normalize:
            return counts.astype(ms.float32) / labels.size
        return counts


def make():
    np.random.seed(19)
    labels = Tensor(np.random.randint(0, 7, size=(12, 12)).astype(np.int32))
    return ClassHistogram(), (labels,)
