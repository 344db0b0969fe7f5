# case: intra-class mixup that first finds the classes present in the batch with ops.unique and loops over them -> dynamic shape at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IntraClassMixup(nn.Cell):
    def __init__(self, lam=0.7):
        super().__init__()
        self.lam = lam

    def construct(self, x, labels):
        classes, inverse = ops.unique(labels)
        onehot = ops.one_hot(inverse, classes.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        class_mean = ops.matmul(onehot.T, x) / counts.reshape(-1, 1)
        partner = ops.matmul(onehot, class_mean)
        return self.lam * x + (1.0 - self.lam) * partner, classes.shape[0]


def make():
    np.random.seed(32)
    x = Tensor(np.random.rand(6, 5).astype(np.float32))
    labels = Tensor(np.array([3, 1, 3, 1, 8, 3], np.int32))
    return IntraClassMixup(), (x, labels)
