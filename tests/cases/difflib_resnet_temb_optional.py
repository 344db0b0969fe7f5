# case: ResnetBlock2D with optional temb (None here) and config flags for time_embedding_norm and output_scale_factor, shortcut conv only when channels differ -> None checks and flags are constants, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ResnetConfig:
    def __init__(self, groups=4, temb_channels=16, time_embedding_norm="default",
                 output_scale_factor=1.0, use_in_shortcut=None, dropout=0.0):
        self.groups = groups
        self.temb_channels = temb_channels
        self.time_embedding_norm = time_embedding_norm
        self.output_scale_factor = output_scale_factor
        self.use_in_shortcut = use_in_shortcut
        self.dropout = dropout


class ResnetBlock2D(nn.Cell):
    def __init__(self, in_channels, out_channels, config):
        super().__init__()
        self.time_embedding_norm = config.time_embedding_norm
        self.output_scale_factor = config.output_scale_factor
        self.norm1 = nn.GroupNorm(config.groups, in_channels)
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, pad_mode="same", has_bias=True)
        proj_dim = out_channels * 2 if self.time_embedding_norm == "scale_shift" else out_channels
        self.time_emb_proj = nn.Dense(config.temb_channels, proj_dim) if config.temb_channels is not None else None
        self.norm2 = nn.GroupNorm(config.groups, out_channels)
        self.dropout = nn.Dropout(p=config.dropout)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, pad_mode="same", has_bias=True)
        use_shortcut = in_channels != out_channels if config.use_in_shortcut is None else config.use_in_shortcut
        self.conv_shortcut = nn.Conv2d(in_channels, out_channels, 1, has_bias=True) if use_shortcut else None

    def construct(self, input_tensor, temb: Optional[Tensor] = None):
        h = self.conv1(ops.silu(self.norm1(input_tensor)))
        if self.time_emb_proj is not None and temb is not None:
            temb = self.time_emb_proj(ops.silu(temb))[:, :, None, None]
            if self.time_embedding_norm == "default":
                h = h + temb
        h = self.norm2(h)
        if temb is not None and self.time_embedding_norm == "scale_shift":
            scale, shift = ops.chunk(temb, 2, axis=1)
            h = h * (1 + scale) + shift
        h = self.conv2(self.dropout(ops.silu(h)))
        if self.conv_shortcut is not None:
            input_tensor = self.conv_shortcut(input_tensor)
        return (input_tensor + h) / self.output_scale_factor


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return ResnetBlock2D(8, 16, ResnetConfig()), (x, None)
