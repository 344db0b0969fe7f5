# case: importance sampler sorts rays by peak coarse weight and trims to the rays above a threshold via a base-class helper (int(mask.sum()) slice) -> dynamic shape at the trim
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHT_EPS = 1e-2


class SamplerConfig:
    def __init__(self, n_samples=16, n_importance=8, det=True, weight_thresh=WEIGHT_EPS):
        self.n_samples = n_samples
        self.n_importance = n_importance
        self.det = det
        self.weight_thresh = weight_thresh


class BaseSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_samples = config.n_samples
        self.weight_thresh = getattr(config, "weight_thresh", WEIGHT_EPS)

    def _trim_to_valid(self, z_vals, weights):
        keep = weights.max(axis=-1) > self.weight_thresh
        n_keep = int(keep.astype(ms.int32).sum())
        return z_vals[:n_keep], weights[:n_keep]


class ImportanceSampler(BaseSampler):
    def __init__(self, config):
        super().__init__(config)
        self.n_importance = config.n_importance

    def construct(self, z_vals, weights):
        order = ops.sort(weights.max(axis=-1), descending=True)[1]
        z_vals = ops.gather(z_vals, order, 0)
        weights = ops.gather(weights, order, 0)
        z_vals, weights = self._trim_to_valid(z_vals, weights)
        pdf = weights / (weights.sum(axis=-1, keepdims=True) + 1e-5)
        z_mid = 0.5 * (z_vals[:, 1:] + z_vals[:, :-1])
        fine = (pdf[:, 1:] * z_mid).sum(axis=-1, keepdims=True)
        return ops.concat((z_vals, ops.tile(fine, (1, self.n_importance))), axis=-1)


def make():
    np.random.seed(358)
    cfg = SamplerConfig()
    n_rays = 32
    z = np.tile(np.linspace(2.0, 6.0, cfg.n_samples, dtype=np.float32), (n_rays, 1))
    w = np.random.rand(n_rays, cfg.n_samples).astype(np.float32)
    w[::3] *= 1e-3
    return ImportanceSampler(cfg), (Tensor(z), Tensor(w))
