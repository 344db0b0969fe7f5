# case: automatic gain stage that branches on the mean frame energy (a tensor) but both branches only rescale the features, keeping the same shape -> Graph mode should compile (control flow on a tensor with matching shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AGCConfig:
    def __init__(self, d_model=16, target_energy=1.0, max_gain=4.0, enabled=True):
        self.d_model = d_model
        self.target_energy = target_energy
        self.max_gain = max_gain
        self.enabled = enabled


def mean_energy(x, eps=1e-6):
    return ops.mean(x * x) + eps


class AutoGain(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target = config.target_energy
        self.max_gain = config.max_gain
        self.enabled = config.enabled

    def construct(self, feats):
        if not self.enabled:
            return feats
        e = mean_energy(feats)
        if e < self.target:
            gain = ops.minimum(ops.sqrt(self.target / e), self.max_gain)
            feats = feats * gain
        else:
            feats = feats / ops.sqrt(e / self.target)
        return feats


class Frontend(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.agc = AutoGain(config)
        self.proj = nn.Dense(config.d_model, config.d_model)

    def construct(self, feats):
        return self.proj(self.agc(feats))


def make():
    np.random.seed(3323)
    net = Frontend(AGCConfig())
    feats = Tensor(0.3 * np.random.randn(2, 20, 16).astype(np.float32))
    return net, (feats,)
