# case: stores sparse spectral peak intensities as a COOTensor and multiplies it with a flavour-loading matrix inside construct -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparsePeakProjector(nn.Cell):
    def __init__(self, n_bins=16, n_flavours=3):
        super().__init__()
        self.n_bins = n_bins
        w = np.random.rand(n_bins, n_flavours).astype(np.float32)
        self.loadings = ms.Parameter(Tensor(w), name="loadings")

    def construct(self, peak_indices, peak_values):
        sparse = COOTensor(peak_indices, peak_values, (1, self.n_bins))
        dense = sparse.to_dense()
        scores = ops.matmul(dense, self.loadings)
        return scores


def make():
    np.random.seed(30)
    idx = np.array([[0, 2], [0, 5], [0, 11]], dtype=np.int32)
    vals = np.array([0.8, 0.3, 0.5], dtype=np.float32)
    return SparsePeakProjector(), (Tensor(idx), Tensor(vals))
