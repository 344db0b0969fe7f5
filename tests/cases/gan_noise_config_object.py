# case: noise injection that builds a plain Python NoiseSpec object from tensor statistics inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NoiseSpec:
    def __init__(self, scale, shape):
        self.scale = scale
        self.shape = shape

    def sample(self):
        return ops.standard_normal(self.shape) * self.scale


class AdaptiveNoiseInjection(nn.Cell):
    def __init__(self, channels=4, base_scale=0.1, adaptive=True):
        super().__init__()
        self.weight = Parameter(Tensor(np.full((1, channels, 1, 1), 0.5, np.float32)), name="weight")
        self.base_scale = base_scale
        self.adaptive = adaptive

    def make_spec(self, x):
        scale = self.base_scale
        if self.adaptive:
            scale = x.std() * self.base_scale
        return NoiseSpec(scale, (x.shape[0], 1, x.shape[2], x.shape[3]))

    def construct(self, x):
        spec = self.make_spec(x)
        noise = spec.sample()
        return x + self.weight * noise


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return AdaptiveNoiseInjection(), (x,)
