# case: z-score normalisation of the change magnitude using mean/std of cloud-free pixels picked by boolean indexing in a helper -> boolean-mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    eps = 1e-6
    cloud_thresh = 0.5
    reduce_channels = True


class CloudAwareMagnitudeNorm(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = NormConfig() if config is None else config
        self.eps = config.eps
        self.cloud_thresh = config.cloud_thresh
        self.reduce_channels = config.reduce_channels

    def _valid_pixels(self, magnitude, cloud_prob):
        keep = cloud_prob < self.cloud_thresh
        return magnitude[keep]

    def _moments(self, values):
        mean = values.mean()
        var = ((values - mean) ** 2).mean()
        return mean, ops.sqrt(var + self.eps)

    def construct(self, feat_t1, feat_t2, cloud_prob):
        diff = ops.abs(feat_t1 - feat_t2)
        if self.reduce_channels:
            diff = diff.mean(axis=1)
        valid = self._valid_pixels(diff, cloud_prob)
        mean, std = self._moments(valid)
        return (diff - mean) / std


def make():
    np.random.seed(12)
    a = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    b = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 16, 16).astype(np.float32))
    return CloudAwareMagnitudeNorm(), (a, b, cloud)
