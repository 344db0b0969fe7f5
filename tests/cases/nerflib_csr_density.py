# case: ray-marching compositor stores per-ray sample weights as a CSR matrix (ray pointer + sample ids) and builds ms.CSRTensor in construct to composite colors -> sparse CSR tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarchConfig:
    def __init__(self, n_rays=6, n_samples=10, white_bkgd=False):
        self.n_rays = n_rays
        self.n_samples = n_samples
        self.white_bkgd = white_bkgd


class SparseCompositor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.n_rays, config.n_samples)
        self.white_bkgd = config.white_bkgd

    def _weights_matrix(self, indptr, indices, values):
        csr = ms.CSRTensor(indptr, indices, values, self.shape)
        return csr.to_dense()

    def construct(self, indptr, indices, values, rgb_samples):
        w = self._weights_matrix(indptr, indices, values)
        color = ops.matmul(w, rgb_samples)
        if self.white_bkgd:
            color = color + (1.0 - w.sum(axis=-1, keepdims=True))
        return color


def make():
    np.random.seed(15)
    cfg = MarchConfig()
    counts = np.random.randint(1, 4, cfg.n_rays)
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    indices = np.concatenate([np.sort(np.random.choice(cfg.n_samples, c, replace=False)) for c in counts]).astype(np.int32)
    values = np.random.rand(indptr[-1]).astype(np.float32) * 0.3
    rgb = np.random.rand(cfg.n_samples, 3).astype(np.float32)
    return SparseCompositor(cfg), (Tensor(indptr), Tensor(indices), Tensor(values), Tensor(rgb))
