# case: EEG surface Laplacian built as a sparse COOTensor montage adjacency inside construct and applied with a sparse-dense matmul -> sparse tensor in Graph mode (may be unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseLaplacian(nn.Cell):
    def __init__(self, n_channels, edges, weights):
        super().__init__()
        self.n_channels = n_channels
        self.edges = Tensor(edges, ms.int32)
        self.weights = Tensor(weights, ms.float32)

    def construct(self, eeg):
        # eeg: (n_channels, n_times)
        adj = COOTensor(self.edges, self.weights, (self.n_channels, self.n_channels))
        neighbour_mean = ops.matmul(adj.to_dense(), eeg)
        return eeg - neighbour_mean


def make():
    np.random.seed(16)
    n_ch = 5
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2], [3, 4], [4, 3]])
    deg = np.bincount(edges[:, 0], minlength=n_ch)
    weights = 1.0 / deg[edges[:, 0]]
    eeg = np.random.randn(n_ch, 40).astype(np.float32)
    return SparseLaplacian(n_ch, edges, weights.astype(np.float32)), (Tensor(eeg),)
