# case: server stores a sparse client-by-parameter participation matrix as CSRTensor and multiplies it with client updates -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SparseParticipationAggregator(nn.Cell):
    """Each parameter chunk is averaged over the clients that hold it."""

    def __init__(self, num_chunks=3, num_clients=4):
        super().__init__()
        self.shape = (num_chunks, num_clients)

    def _participation(self, indptr, indices, weights):
        return CSRTensor(indptr, indices, weights, self.shape)

    def construct(self, indptr, indices, weights, client_updates):
        part = self._participation(indptr, indices, weights)
        agg = part.mv(client_updates)
        return agg


def make():
    np.random.seed(29)
    indptr = Tensor(np.array([0, 2, 3, 5], np.int32))
    indices = Tensor(np.array([0, 2, 1, 0, 3], np.int32))
    weights = Tensor(np.array([0.5, 0.5, 1.0, 0.3, 0.7], np.float32))
    upd = Tensor(np.random.randn(4, 1).astype(np.float32))
    return SparseParticipationAggregator(), (indptr, indices, weights, upd)
