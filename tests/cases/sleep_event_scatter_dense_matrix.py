# case: night-by-epoch event matrix filled with ops.tensor_scatter_add from fixed-length index pairs instead of a sparse tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventMatrix(nn.Cell):
    def __init__(self, n_nights=3, n_epochs=20):
        super().__init__()
        self.n_nights = n_nights
        self.n_epochs = n_epochs

    def construct(self, indices, weights):
        grid = ops.zeros((self.n_nights, self.n_epochs), ms.float32)
        grid = ops.tensor_scatter_add(grid, indices, weights)
        per_night = grid.sum(axis=1)
        burden = (grid > 0).astype(ms.float32).mean(axis=1)
        return per_night, burden


def make():
    np.random.seed(26)
    idx = np.array([[0, 3], [0, 7], [1, 2], [2, 15], [2, 16]], dtype=np.int32)
    w = np.array([1.0, 1.0, 0.5, 1.0, 0.5], dtype=np.float32)
    return EventMatrix(), (Tensor(idx), Tensor(w))
