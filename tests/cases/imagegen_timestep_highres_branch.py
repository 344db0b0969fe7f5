# case: denoiser upsamples the latent only for late timesteps (t < switch, a tensor comparison), so the two branches return different spatial sizes -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Upsampler(nn.Cell):
    def __init__(self, channels=4, scale=2):
        super().__init__()
        self.scale = scale
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        h, w = x.shape[-2:]
        x = ops.interpolate(x, size=(h * self.scale, w * self.scale), mode="nearest")
        return self.conv(x)


class TwoStageDenoiser(nn.Cell):
    def __init__(self, channels=4, switch_step=300):
        super().__init__()
        self.base = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.upsampler = Upsampler(channels)
        self.switch_step = switch_step

    def construct(self, latents, t):
        h = self.base(latents)
        if t < self.switch_step:
            h = self.upsampler(h)
        return h


def make():
    np.random.seed(6)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array(120, dtype=np.int32))
    return TwoStageDenoiser(), (latents, t)
