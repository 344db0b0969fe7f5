# case: StyleGAN noise injection with per-channel learned strength and optional fixed noise buffer, noise drawn with x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NoiseInjection(nn.Cell):
    def __init__(self, channels, use_const_noise=False, resolution=4):
        super().__init__()
        self.strength = Parameter(Tensor(np.zeros((1, channels, 1, 1), np.float32)), name="strength")
        self.use_const_noise = use_const_noise
        const = np.random.RandomState(3).randn(1, 1, resolution, resolution).astype(np.float32)
        self.const_noise = Parameter(Tensor(const), name="const_noise", requires_grad=False)

    def construct(self, x, noise=None):
        if noise is None:
            if self.use_const_noise:
                noise = self.const_noise
            else:
                b, _, h, w = x.shape
                noise = ops.standard_normal((b, 1, h, w))
        return x + self.strength * noise


class SynthesisLayer(nn.Cell):
    def __init__(self, ch=4, res=4):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.noise = NoiseInjection(ch, resolution=res)
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        return self.act(self.noise(self.conv(x)))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 4, 4).astype(np.float32))
    return SynthesisLayer(), (x,)
