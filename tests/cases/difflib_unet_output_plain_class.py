# case: UNet2DModel returns a plain UNet2DOutput class instance when config.return_dict is True (the default) -> plain Python class built in construct, Graph mode rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNet2DOutput:
    def __init__(self, sample):
        self.sample = sample


class UNetConfig:
    def __init__(self, in_channels=3, block_out_channels=(8, 16), return_dict=True):
        self.in_channels = in_channels
        self.block_out_channels = block_out_channels
        self.return_dict = return_dict


class DownBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same", has_bias=True)
        self.norm = nn.GroupNorm(4, cout)

    def construct(self, x):
        return ops.silu(self.norm(self.conv(x)))


class UNet2DModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        chans = (config.in_channels,) + tuple(config.block_out_channels)
        self.down_blocks = nn.CellList([DownBlock(a, b) for a, b in zip(chans[:-1], chans[1:])])
        self.conv_out = nn.Conv2d(chans[-1], config.in_channels, 1, has_bias=True)

    def construct(self, sample, timestep, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.return_dict
        h = sample
        for block in self.down_blocks:
            h = block(h)
        h = self.conv_out(h) * (1.0 / (1.0 + timestep.astype(ms.float32)))
        if not return_dict:
            return (h,)
        return UNet2DOutput(sample=h)


def make():
    np.random.seed(10)
    sample = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return UNet2DModel(UNetConfig()), (sample, Tensor(10, ms.int32))
