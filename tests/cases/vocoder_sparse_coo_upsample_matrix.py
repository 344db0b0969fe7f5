# case: sparse upsampling: build a COO interpolation matrix from nonzero taps of a learned filter and matmul with frames -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseRepeatUpsampler(nn.Cell):
    def __init__(self, in_frames=6, factor=3, prune=1e-3):
        super().__init__()
        dense = np.zeros((in_frames * factor, in_frames), np.float32)
        for i in range(in_frames * factor):
            dense[i, i // factor] = 1.0
        self.interp = ms.Parameter(Tensor(dense), name="interp")
        self.prune = prune
        self.shape = (in_frames * factor, in_frames)

    def to_coo(self):
        keep = ops.abs(self.interp) > self.prune
        idx = ops.nonzero(keep)
        vals = ops.gather_nd(self.interp, idx)
        return COOTensor(idx, vals, self.shape)

    def construct(self, feats):
        # feats: (in_frames, channels)
        coo = self.to_coo()
        return coo.to_dense() @ feats


def make():
    np.random.seed(19)
    feats = np.random.randn(6, 4).astype(np.float32)
    return SparseRepeatUpsampler(), (Tensor(feats),)
