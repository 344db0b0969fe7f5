# case: hierarchical inverse-CDF sampling with cumsum + searchsorted + gather_elements, fixed N_importance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sample_pdf(bins, weights, n_importance, det=True):
    weights = weights + 1e-5
    pdf = weights / weights.sum(axis=-1, keepdims=True)
    cdf = ops.cumsum(pdf, axis=-1)
    cdf = ops.concat([ops.zeros_like(cdf[..., :1]), cdf], axis=-1)
    if det:
        u = ops.linspace(0.0, 1.0, n_importance)
        u = ops.broadcast_to(u, cdf.shape[:-1] + (n_importance,))
    else:
        u = ops.rand(cdf.shape[:-1] + (n_importance,))
    u = u.contiguous()
    inds = ops.searchsorted(cdf, u, right=True)
    below = ops.clamp(inds - 1, min=0)
    above = ops.clamp(inds, max=cdf.shape[-1] - 1)
    cdf_b = ops.gather_elements(cdf, -1, below)
    cdf_a = ops.gather_elements(cdf, -1, above)
    bins_b = ops.gather_elements(bins, -1, below)
    bins_a = ops.gather_elements(bins, -1, above)
    denom = cdf_a - cdf_b
    denom = ops.where(denom < 1e-5, ops.ones_like(denom), denom)
    t = (u - cdf_b) / denom
    return bins_b + t * (bins_a - bins_b)


class HierarchicalSampler(nn.Cell):
    def __init__(self, n_importance=24, deterministic=True):
        super().__init__()
        self.n_importance = n_importance
        self.det = deterministic

    def construct(self, z_vals, weights):
        z_mid = 0.5 * (z_vals[..., 1:] + z_vals[..., :-1])
        z_new = sample_pdf(z_mid, weights[..., 1:-1], self.n_importance, self.det)
        z_all, _ = ops.sort(ops.concat([z_vals, ops.stop_gradient(z_new)], axis=-1), axis=-1)
        return z_all


def make():
    np.random.seed(5)
    z = np.sort(np.random.uniform(2, 6, (8, 16)).astype(np.float32), axis=-1)
    w = np.random.rand(8, 16).astype(np.float32)
    return HierarchicalSampler(), (Tensor(z), Tensor(w))
