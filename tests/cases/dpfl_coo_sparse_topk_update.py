# case: client uploads a top-k update as a COOTensor and the server densifies it -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseUpload(nn.Cell):
    def __init__(self, k=4):
        super().__init__()
        self.k = k

    def _to_coo(self, delta):
        rows, cols = delta.shape
        flat = delta.reshape(-1)
        _, idx = ops.topk(ops.abs(flat), self.k)
        vals = ops.gather(flat, idx, 0)
        coords = ops.stack((idx // cols, idx % cols), axis=1)
        return COOTensor(coords, vals, (rows, cols))

    def construct(self, delta, global_w):
        sparse = self._to_coo(delta)
        return global_w + sparse.to_dense()


def make():
    np.random.seed(17)
    d = Tensor(np.random.randn(3, 5).astype(np.float32))
    w = Tensor(np.random.randn(3, 5).astype(np.float32))
    return SparseUpload(), (d, w)
