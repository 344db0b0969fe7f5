# case: builds a sparse COO adjacency of merged row-span cells and multiplies it with cell features to propagate span content -> sparse tensor in construct, error or unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SpanPropagation(nn.Cell):
    def __init__(self, num_cells=6):
        super().__init__()
        self.num_cells = num_cells

    def construct(self, link_idx, link_w, cell_feats):
        # link_idx: (nnz, 2) int32 pairs (dst, src) for cells covered by the same rowspan
        adj = COOTensor(link_idx, link_w, (self.num_cells, self.num_cells))
        dense_adj = adj.to_dense()
        propagated = ops.matmul(dense_adj, cell_feats)
        return cell_feats + propagated


def make():
    np.random.seed(26)
    idx = Tensor(np.array([[0, 1], [1, 0], [3, 4], [4, 3], [4, 5], [5, 4]], dtype=np.int32))
    w = Tensor(np.ones(6, dtype=np.float32) * 0.5)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    return SpanPropagation(), (idx, w, feats)
