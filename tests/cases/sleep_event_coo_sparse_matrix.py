# case: build a sparse COOTensor night-by-epoch event matrix from event index pairs and densify it inside construct -> sparse tensor in graph (may error or be dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EventMatrix(nn.Cell):
    def __init__(self, n_nights=3, n_epochs=20):
        super().__init__()
        self.shape = (n_nights, n_epochs)

    def construct(self, indices, weights):
        events = COOTensor(indices, weights, self.shape)
        dense = events.to_dense()
        per_night = dense.sum(axis=1)
        return per_night


def make():
    np.random.seed(25)
    idx = np.array([[0, 3], [0, 7], [1, 2], [2, 15], [2, 16]], dtype=np.int32)
    w = np.array([1.0, 1.0, 0.5, 1.0, 0.5], dtype=np.float32)
    return EventMatrix(), (Tensor(idx), Tensor(w))
