# case: mel filterbank stored as a sparse COO tensor and applied with sparse-dense matmul inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def triangular_filters(n_bins, n_mels):
    centers = np.linspace(0, n_bins - 1, n_mels + 2)
    fb = np.zeros((n_mels, n_bins), dtype=np.float32)
    for m in range(1, n_mels + 1):
        lo, c, hi = centers[m - 1], centers[m], centers[m + 1]
        for k in range(n_bins):
            if lo <= k <= c:
                fb[m - 1, k] = (k - lo) / max(c - lo, 1e-3)
            elif c < k <= hi:
                fb[m - 1, k] = (hi - k) / max(hi - c, 1e-3)
    return fb


class SparseMelFrontend(nn.Cell):
    def __init__(self, n_bins=17, n_mels=6):
        super().__init__()
        fb = triangular_filters(n_bins, n_mels)
        idx = np.stack(np.nonzero(fb), axis=1).astype(np.int32)
        self.indices = Tensor(idx)
        self.values = Tensor(fb[np.nonzero(fb)])
        self.shape = (n_mels, n_bins)

    def construct(self, spec):
        # spec: (bins, T)
        fb = COOTensor(self.indices, self.values, self.shape)
        mel = ops.SparseTensorDenseMatmul()(fb.indices, fb.values, fb.shape, spec)
        return ops.log(mel + 1e-6)


def make():
    np.random.seed(8)
    spec = np.abs(np.random.randn(17, 12)).astype(np.float32)
    return SparseMelFrontend(), (Tensor(spec),)
