# case: conservative regridding with a sparse COO interpolation matrix applied to flattened fields -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseRegridder(nn.Cell):
    """Fine -> coarse regridding: each coarse cell averages a 2x2 block of fine cells."""

    def __init__(self, fine_hw=(4, 8), factor=2):
        super().__init__()
        h, w = fine_hw
        ch, cw = h // factor, w // factor
        rows, cols = [], []
        for i in range(h):
            for j in range(w):
                rows.append((i // factor) * cw + j // factor)
                cols.append(i * w + j)
        self.indices = Tensor(np.stack([rows, cols], 1).astype(np.int32))
        self.values = Tensor(np.full(len(rows), 1.0 / factor ** 2, np.float32))
        self.dense_shape = (ch * cw, h * w)
        self.out_hw = (ch, cw)

    def construct(self, field):
        mat = ms.COOTensor(self.indices, self.values, self.dense_shape)
        flat = field.reshape(-1, field.shape[-2] * field.shape[-1]).T
        out = mat.to_dense() @ flat
        return out.T.reshape(field.shape[:-2] + self.out_hw)


def make():
    rng = np.random.RandomState(10)
    field = Tensor(rng.randn(2, 3, 4, 8).astype(np.float32))
    return SparseRegridder(), (field,)
