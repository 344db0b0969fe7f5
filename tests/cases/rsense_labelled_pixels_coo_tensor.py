# case: represents sparse labelled ground-truth pixels as a COOTensor and densifies it to a label map -> graph mode sparse tensor support may fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseLabelRaster(nn.Cell):
    def __init__(self, height=12, width=12):
        super().__init__()
        self.shape = (height, width)

    def construct(self, coords, classes):
        sparse = COOTensor(coords, classes, self.shape)
        dense = sparse.to_dense()
        labelled = (dense > 0).astype(ms.float32)
        return dense, labelled.sum()


def make():
    np.random.seed(14)
    rows = np.random.choice(12, 8, replace=False)
    cols = np.random.choice(12, 8, replace=False)
    coords = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    classes = Tensor(np.random.randint(1, 5, size=(8,)).astype(np.float32))
    return SparseLabelRaster(), (coords, classes)
