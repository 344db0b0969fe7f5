# case: adaptive frame-rate encoder that halves the time axis with average pooling only when the mean input energy (a tensor) exceeds a threshold, so the two branches return different shapes -> Graph mode should reject the shape-mismatched tensor-condition branches
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveConfig:
    def __init__(self, d_model=16, energy_threshold=0.5, pool_stride=2):
        self.d_model = d_model
        self.energy_threshold = energy_threshold
        self.pool_stride = pool_stride


def mean_energy(x):
    return ops.mean(x * x)


class AdaptiveRateEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.energy_threshold
        self.pool = nn.AvgPool1d(kernel_size=config.pool_stride, stride=config.pool_stride)
        self.proj = nn.Dense(config.d_model, config.d_model)

    def _maybe_downsample(self, x):
        if mean_energy(x) > self.threshold:
            x = self.pool(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return x

    def construct(self, feats):
        h = self._maybe_downsample(feats)
        return self.proj(h)


def make():
    np.random.seed(3322)
    net = AdaptiveRateEncoder(AdaptiveConfig())
    feats = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return net, (feats,)
