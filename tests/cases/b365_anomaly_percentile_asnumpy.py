# case: temperature anomaly normalisation that clips at the 95th percentile computed with np.percentile on x.asnumpy() inside construct -> NumPy on tensor data in construct (error or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnomalyConfig:
    def __init__(self, clip_percentile=95.0, clip=True, eps=1e-5):
        self.clip_percentile = clip_percentile
        self.clip = clip
        self.eps = eps


class ClimatologyAnomaly(nn.Cell):
    def __init__(self, config, climatology, clim_std=None):
        super().__init__()
        self.clim = climatology
        self.clim_std = clim_std
        self.clip = config.clip
        self.q = config.clip_percentile
        self.eps = config.eps

    def _clip_bound(self, anom):
        return float(np.percentile(np.abs(anom.asnumpy()), self.q))

    def construct(self, t2m):
        anom = t2m - self.clim
        if self.clim_std is not None:
            anom = anom / (self.clim_std + self.eps)
        if self.clip:
            bound = self._clip_bound(anom)
            anom = ops.clamp(anom, -bound, bound)
        return anom


def make():
    np.random.seed(3669)
    clim = Tensor((280.0 + 10.0 * np.random.randn(1, 12, 24)).astype(np.float32))
    std = Tensor((1.0 + np.abs(np.random.randn(1, 12, 24))).astype(np.float32))
    net = ClimatologyAnomaly(AnomalyConfig(), clim, std)
    t2m = Tensor((280.0 + 12.0 * np.random.randn(4, 12, 24)).astype(np.float32))
    return net, (t2m,)
