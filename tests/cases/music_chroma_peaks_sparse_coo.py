# case: chroma peak map stored as a COOTensor built from argwhere of thresholded chroma, then dense-multiplied with a template -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def chord_templates():
    t = np.zeros((12, 24), np.float32)
    for root in range(12):
        for iv in (0, 4, 7):
            t[(root + iv) % 12, root] = 1.0
        for iv in (0, 3, 7):
            t[(root + iv) % 12, 12 + root] = 1.0
    return Tensor(t)


class SparseChromaMatcher(nn.Cell):
    def __init__(self, peak_threshold=0.6):
        super().__init__()
        self.templates = chord_templates()
        self.peak_threshold = peak_threshold

    def sparsify(self, chroma):
        idx = ops.argwhere(chroma > self.peak_threshold).astype(ms.int32)
        vals = ops.gather_nd(chroma, idx)
        return COOTensor(idx, vals, chroma.shape)

    def construct(self, chroma):
        # chroma: (frames, 12)
        sparse = self.sparsify(chroma)
        dense = sparse.to_dense()
        scores = ops.matmul(dense, self.templates)
        return ops.argmax(scores, dim=-1)


def make():
    np.random.seed(19)
    chroma = Tensor(np.random.rand(16, 12).astype(np.float32))
    return SparseChromaMatcher(), (chroma,)
