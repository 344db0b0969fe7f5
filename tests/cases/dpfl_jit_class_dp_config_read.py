# case: @ms.jit_class DPConfig only read inside construct for clipping and noise scale -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DPConfig:
    def __init__(self, clip_norm=1.0, noise_multiplier=0.8, use_noise=True):
        self.clip_norm = clip_norm
        self.noise_multiplier = noise_multiplier
        self.use_noise = use_noise

    def noise_std(self):
        return self.clip_norm * self.noise_multiplier


class DPGradientTransform(nn.Cell):
    def __init__(self, config=None, seed=5):
        super().__init__()
        self.config = config if config is not None else DPConfig()
        self.normal = ops.StandardNormal(seed=seed)

    def _clip(self, g):
        norm = ops.sqrt((g * g).sum(axis=-1, keepdims=True) + 1e-12)
        return g * ops.minimum(self.config.clip_norm / norm, 1.0)

    def construct(self, per_sample_grads):
        clipped = self._clip(per_sample_grads).sum(axis=0)
        if self.config.use_noise:
            clipped = clipped + self.normal(clipped.shape) * self.config.noise_std()
        return clipped / per_sample_grads.shape[0]


def make():
    np.random.seed(16)
    g = Tensor(np.random.randn(4, 6).astype(np.float32))
    return DPGradientTransform(), (g,)
