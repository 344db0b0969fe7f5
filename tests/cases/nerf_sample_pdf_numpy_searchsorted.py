# case: fine-sample generation that drops into NumPy (asnumpy + np.searchsorted) for the inverse CDF -> compile error at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FineSampler(nn.Cell):
    def __init__(self, n_fine=16):
        super().__init__()
        self.n_fine = n_fine

    def invert_cdf(self, cdf, bins):
        cdf_np = cdf.asnumpy()
        bins_np = bins.asnumpy()
        u = np.linspace(0.0, 1.0, self.n_fine, dtype=np.float32)
        out = np.empty((cdf_np.shape[0], self.n_fine), np.float32)
        for r in range(cdf_np.shape[0]):
            idx = np.clip(np.searchsorted(cdf_np[r], u, side="right") - 1, 0, bins_np.shape[1] - 2)
            lo, hi = cdf_np[r, idx], cdf_np[r, idx + 1]
            t = (u - lo) / np.maximum(hi - lo, 1e-5)
            out[r] = bins_np[r, idx] + t * (bins_np[r, idx + 1] - bins_np[r, idx])
        return Tensor(out)

    def construct(self, z_vals, weights):
        pdf = (weights + 1e-5) / (weights + 1e-5).sum(axis=-1, keepdims=True)
        cdf = ops.concat([ops.zeros_like(pdf[:, :1]), ops.cumsum(pdf, axis=-1)], axis=-1)
        bins = ops.concat([z_vals, z_vals[:, -1:] + 0.1], axis=-1)
        z_fine = self.invert_cdf(cdf, bins)
        z_all, _ = ops.sort(ops.concat([z_vals, z_fine], axis=-1), axis=-1)
        return z_all


def make():
    np.random.seed(6)
    z = np.sort(np.random.uniform(1, 5, (4, 10)).astype(np.float32), axis=-1)
    w = np.random.rand(4, 10).astype(np.float32)
    return FineSampler(), (Tensor(z), Tensor(w))
