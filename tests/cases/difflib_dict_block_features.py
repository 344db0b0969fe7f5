# case: UNet encoder collects per-block down features in a dict keyed by block name, filled in a zip over names and a CellList, and returns it -> dict with string keys built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, in_channels=4, block_out_channels=(8, 16, 16),
                 down_block_types=("DownBlock2D", "AttnDownBlock2D", "DownBlock2D")):
        self.in_channels = in_channels
        self.block_out_channels = block_out_channels
        self.down_block_types = down_block_types


class DownBlock2D(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same", has_bias=True)

    def construct(self, x):
        return ops.silu(self.conv(x))


class FeatureEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (config.in_channels,) + tuple(config.block_out_channels)
        self.names = tuple(f"down_{i}_{t}" for i, t in enumerate(config.down_block_types))
        self.down_blocks = nn.CellList([DownBlock2D(a, b) for a, b in zip(chans[:-1], chans[1:])])

    def construct(self, sample):
        features = {}
        h = sample
        for name, block in zip(self.names, self.down_blocks):
            h = block(h)
            features[name] = h
        return features


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    return FeatureEncoder(EncoderConfig()), (x,)
