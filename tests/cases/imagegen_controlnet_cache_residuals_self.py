# case: ControlNet adapter stores the last control residual on self inside construct for later inspection -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZeroConv(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 1, weight_init="zeros", bias_init="zeros", has_bias=True)

    def construct(self, x):
        return self.conv(x)


class ControlAdapter(nn.Cell):
    def __init__(self, hint_ch=3, channels=8, num_blocks=3, conditioning_scale=1.0):
        super().__init__()
        self.hint_embed = nn.Conv2d(hint_ch, channels, 3, pad_mode="same")
        self.blocks = nn.CellList([nn.Conv2d(channels, channels, 3, pad_mode="same") for _ in range(num_blocks)])
        self.zero_convs = nn.CellList([ZeroConv(channels) for _ in range(num_blocks)])
        self.stem = nn.Conv2d(4, channels, 3, pad_mode="same")
        self.conditioning_scale = conditioning_scale
        self.last_residual = None

    def construct(self, latents, hint):
        h = self.stem(latents)
        c = self.hint_embed(hint)
        residual = None
        for block, zc in zip(self.blocks, self.zero_convs):
            c = ops.relu(block(c))
            residual = zc(c) * self.conditioning_scale
            h = h + residual
        self.last_residual = residual
        return h


def make():
    np.random.seed(8)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    hint = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return ControlAdapter(), (latents, hint)
