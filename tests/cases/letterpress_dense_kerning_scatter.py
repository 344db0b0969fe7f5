# case: build a dense kerning matrix from pair indices with tensor_scatter_update and look up adjustments for a line of glyph pairs -> dense scatter, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseKerning(nn.Cell):
    def __init__(self, n_glyphs=64):
        super().__init__()
        self.n_glyphs = n_glyphs
        self.blank = Tensor(np.zeros((n_glyphs, n_glyphs), dtype=np.float32))

    def construct(self, pair_index, adjust, left_ids, right_ids):
        table = ops.tensor_scatter_update(self.blank, pair_index, adjust)
        flat = table.reshape(-1)
        lookup = left_ids * self.n_glyphs + right_ids
        return ops.gather(flat, lookup, 0)


def make():
    np.random.seed(92)
    n = 64
    flat = np.random.choice(n * n, size=40, replace=False)
    idx = np.stack([flat // n, flat % n], axis=1).astype(np.int32)
    adj = np.random.uniform(-60.0, 10.0, size=40).astype(np.float32)
    pick = np.random.randint(0, 40, size=20)
    left = idx[pick, 0].copy()
    right = idx[pick, 1].copy()
    right[::4] = np.random.randint(0, n, size=5)
    return DenseKerning(n), (Tensor(idx), Tensor(adj), Tensor(left), Tensor(right))
