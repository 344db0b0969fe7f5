# case: counts the distinct land-cover classes present in a label tile with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassInventory(nn.Cell):
    def __init__(self, ignore_label=0):
        super().__init__()
        self.ignore_label = ignore_label

    def construct(self, labels):
        flat = labels.reshape(-1)
        classes, idx = ops.unique(flat)
        present = classes[classes != self.ignore_label]
        return present, idx.reshape(labels.shape)


def make():
    np.random.seed(2)
    labels = Tensor(np.random.randint(0, 6, size=(10, 10)).astype(np.int32))
    return ClassInventory(), (labels,)
