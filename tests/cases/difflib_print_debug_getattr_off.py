# case: VAE decoder logs per-block latent stats with an f-string print guarded by getattr(self, "debug", False), which no caller ever turns on -> branch never taken, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VAEConfig:
    def __init__(self, latent_channels=4, block_out_channels=(16, 8), out_channels=3, scaling_factor=0.18215):
        self.latent_channels = latent_channels
        self.block_out_channels = block_out_channels
        self.out_channels = out_channels
        self.scaling_factor = scaling_factor


class UpDecoderBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        x = ops.interpolate(x, scale_factor=2.0, mode="nearest", recompute_scale_factor=True)
        return ops.silu(self.conv(x))


class Decoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scaling_factor = config.scaling_factor
        chans = (config.latent_channels,) + tuple(config.block_out_channels)
        self.up_blocks = nn.CellList([UpDecoderBlock(a, b) for a, b in zip(chans[:-1], chans[1:])])
        self.conv_out = nn.Conv2d(chans[-1], config.out_channels, 3, pad_mode="same", has_bias=True)

    def construct(self, z):
        h = z / self.scaling_factor
        for i, block in enumerate(self.up_blocks):
            h = block(h)
            if getattr(self, "debug", False):
                print(f"up_block {i}: mean={h.mean()} std={h.std()}")
        return ops.tanh(self.conv_out(h))


def make():
    np.random.seed(27)
    z = Tensor(np.random.randn(1, 4, 4, 4).astype(np.float32))
    return Decoder(VAEConfig()), (z,)
