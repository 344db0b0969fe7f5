# case: hold the kerning table as a sparse COO matrix over left/right glyph ids and look up adjustments for a line of glyph pairs -> sparse tensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseKerning(nn.Cell):
    def __init__(self, n_glyphs=64):
        super().__init__()
        self.n_glyphs = n_glyphs

    def construct(self, pair_index, adjust, line_onehot):
        table = ms.COOTensor(pair_index, adjust, (self.n_glyphs, self.n_glyphs))
        dense = table.to_dense()
        per_left = ops.matmul(line_onehot, dense)
        return per_left.sum(axis=1)


def make():
    np.random.seed(91)
    n = 64
    flat = np.random.choice(n * n, size=40, replace=False)
    idx = np.stack([flat // n, flat % n], axis=1).astype(np.int32)
    adj = np.random.uniform(-60.0, 10.0, size=40).astype(np.float32)
    line = np.eye(n, dtype=np.float32)[np.random.randint(0, n, size=20)]
    return SparseKerning(n), (Tensor(idx), Tensor(adj), Tensor(line))
