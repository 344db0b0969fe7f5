# case: timestep-dependent branch on a tensor t where both branches keep the latent shape (early steps add noise-aware scaling, late steps sharpen) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeEmbedding(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.dim = dim
        self.fc = nn.Dense(dim, 4)
        half = dim // 2
        self.freqs = Tensor(np.exp(-np.log(10000.0) * np.arange(half) / half).astype(np.float32))

    def construct(self, t):
        args = t.astype(ms.float32).reshape(-1, 1) * self.freqs.reshape(1, -1)
        emb = ops.concat((ops.sin(args), ops.cos(args)), axis=-1)
        return self.fc(emb)


class TimestepAwareDenoiser(nn.Cell):
    def __init__(self, channels=4, sharpen_below=250):
        super().__init__()
        self.temb = TimeEmbedding()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.sharpen = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.sharpen_below = sharpen_below

    def construct(self, latents, t):
        h = self.conv(latents) + self.temb(t).reshape(1, -1, 1, 1)
        if t < self.sharpen_below:
            h = h + 0.5 * self.sharpen(h)
        else:
            h = h * ops.sqrt(1.0 + t.astype(ms.float32) / 1000.0)
        return h


def make():
    np.random.seed(21)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return TimestepAwareDenoiser(), (latents, Tensor(np.array(100, np.int32)))
