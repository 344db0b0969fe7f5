# case: UpBlock2D resizes hidden states to the spatial size of the skip connection, read from res_hidden_states.shape[-2:], before concatenation -> shape-only size, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class UpBlockConfig:
    def __init__(self, in_channels=8, prev_output_channel=8, out_channels=8, num_layers=2, add_upsample=True):
        self.in_channels = in_channels
        self.prev_output_channel = prev_output_channel
        self.out_channels = out_channels
        self.num_layers = num_layers
        self.add_upsample = add_upsample


class Upsample2D(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same", has_bias=True)

    def construct(self, hidden_states, output_size: Optional[tuple] = None):
        if output_size is None:
            hidden_states = ops.interpolate(hidden_states, scale_factor=2.0, mode="nearest", recompute_scale_factor=True)
        else:
            hidden_states = ops.interpolate(hidden_states, size=output_size, mode="nearest")
        return self.conv(hidden_states)


class UpBlock2D(nn.Cell):
    def __init__(self, config):
        super().__init__()
        layers = []
        for i in range(config.num_layers):
            cin = (config.prev_output_channel if i == 0 else config.out_channels) + config.in_channels
            layers.append(nn.Conv2d(cin, config.out_channels, 3, pad_mode="same", has_bias=True))
        self.resnets = nn.CellList(layers)
        self.upsampler = Upsample2D(config.out_channels) if config.add_upsample else None

    def construct(self, hidden_states, res_hidden_states_tuple, upsample_size=None):
        for resnet in self.resnets:
            res_hidden_states = res_hidden_states_tuple[-1]
            res_hidden_states_tuple = res_hidden_states_tuple[:-1]
            if hidden_states.shape[-2:] != res_hidden_states.shape[-2:]:
                hidden_states = ops.interpolate(hidden_states, size=res_hidden_states.shape[-2:], mode="nearest")
            hidden_states = ops.silu(resnet(ops.cat([hidden_states, res_hidden_states], axis=1)))
        if self.upsampler is not None:
            hidden_states = self.upsampler(hidden_states, upsample_size)
        return hidden_states


def make():
    np.random.seed(37)
    h = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    skips = (Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)), Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)))
    return UpBlock2D(UpBlockConfig()), (h, skips)
