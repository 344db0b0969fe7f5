# case: distribute per-haul catch over ICES statistical rectangles with a sparse CSR haul-to-rectangle matrix times catch vector -> CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RectangleAllocator(nn.Cell):
    def __init__(self, n_rect=6, n_hauls=5):
        super().__init__()
        self.shape = (n_rect, n_hauls)

    def construct(self, indptr, indices, frac, catch_kg):
        alloc = ms.CSRTensor(indptr, indices, frac, self.shape)
        per_rect = alloc.mv(catch_kg)
        return per_rect


def make():
    np.random.seed(25)
    indptr = Tensor(np.array([0, 1, 3, 4, 5, 6, 7], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 2, 2, 3, 4, 4], dtype=np.int32))
    frac = Tensor(np.array([1.0, 0.6, 0.5, 0.5, 1.0, 0.3, 0.7], dtype=np.float32))
    catch = Tensor(np.random.uniform(100, 900, size=(5, 1)).astype(np.float32))
    return RectangleAllocator(), (indptr, indices, frac, catch)
