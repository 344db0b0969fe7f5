# case: UNet2DModel defines a UNet2DOutput class for return_dict=True but the pipeline config sets return_dict=False, so construct returns a tuple -> class branch never taken, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class UNet2DOutput:
    sample: Tensor


@dataclass
class UNetConfig:
    in_channels: int = 3
    block_out_channels: tuple = (8, 16)
    return_dict: bool = False
    output_hidden_states: bool = False


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
        self.use_return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states
        chans = (config.in_channels,) + tuple(config.block_out_channels)
        self.down_blocks = nn.CellList([DownBlock(a, b) for a, b in zip(chans[:-1], chans[1:])])
        self.conv_out = nn.Conv2d(chans[-1], config.in_channels, 1, has_bias=True)

    def construct(self, sample, timestep):
        h = sample
        hidden_states = ()
        for block in self.down_blocks:
            h = block(h)
            hidden_states = hidden_states + (h,)
        h = self.conv_out(h) * (1.0 / (1.0 + timestep.astype(ms.float32)))
        if self.use_return_dict:
            return UNet2DOutput(sample=h)
        outputs = (h,) + (hidden_states,) if self.output_hidden_states else (h,)
        return outputs


def make():
    np.random.seed(11)
    sample = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return UNet2DModel(UNetConfig()), (sample, Tensor(10, ms.int32))
