# case: stores lesion boundary pixels as a COOTensor built from nonzero indices and densifies it -> dynamic shape from nonzero / sparse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBoundary(nn.Cell):
    def __init__(self, height=16, width=16):
        super().__init__()
        self.shape = (height, width)
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def boundary(self, mask):
        m4 = mask.reshape(1, 1, self.shape[0], self.shape[1])
        eroded = -self.pool(-m4)
        return (m4 - eroded).reshape(self.shape)

    def construct(self, mask):
        edge = self.boundary(mask)
        idx = ops.nonzero(edge > 0)
        vals = ops.ones((idx.shape[0],), ms.float32)
        sparse = COOTensor(idx.astype(ms.int32), vals, self.shape)
        return sparse.to_dense()


def make():
    np.random.seed(14)
    m = np.zeros((16, 16), dtype=np.float32)
    m[3:11, 5:13] = 1.0
    return SparseBoundary(), (Tensor(m),)
