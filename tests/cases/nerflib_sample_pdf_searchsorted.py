# case: importance sampling by inverse CDF (searchsorted + gather_elements) with a fixed number of fine samples from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PDFConfig:
    def __init__(self, n_importance=12, det=True, eps=1e-5):
        self.n_importance = n_importance
        self.det = det
        self.eps = eps


def gather_pairs(x, below, above):
    return ops.gather_elements(x, 1, below), ops.gather_elements(x, 1, above)


class PDFSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_importance = config.n_importance
        self.det = config.det
        self.eps = config.eps

    def construct(self, bins, weights):
        weights = weights + self.eps
        pdf = weights / weights.sum(axis=-1, keepdims=True)
        cdf = ops.cumsum(pdf, axis=-1)
        cdf = ops.concat((ops.zeros_like(cdf[:, :1]), cdf), axis=-1)
        if self.det:
            u = ops.linspace(0.0, 1.0, self.n_importance)
            u = ops.broadcast_to(u[None, :], (cdf.shape[0], self.n_importance))
        else:
            u = ops.rand((cdf.shape[0], self.n_importance))
        inds = ops.searchsorted(cdf, u, right=True)
        below = ops.clamp(inds - 1, 0, cdf.shape[-1] - 1)
        above = ops.clamp(inds, 0, cdf.shape[-1] - 1)
        cdf_lo, cdf_hi = gather_pairs(cdf, below, above)
        bin_lo, bin_hi = gather_pairs(bins, below, above)
        denom = ops.where(cdf_hi - cdf_lo < self.eps, ops.ones_like(cdf_lo), cdf_hi - cdf_lo)
        t = (u - cdf_lo) / denom
        return bin_lo + t * (bin_hi - bin_lo)


def make():
    np.random.seed(113)
    bins = np.tile(np.linspace(2, 6, 17, dtype=np.float32), (10, 1))
    w = np.random.rand(10, 16).astype(np.float32)
    return PDFSampler(PDFConfig()), (Tensor(bins), Tensor(w))
