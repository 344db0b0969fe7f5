# case: LoRACompatibleConv subclass of nn.Conv2d calls super().construct() when no LoRA layer is attached and adds a scaled low-rank branch otherwise, lora_scale default from config -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoRAConfig:
    def __init__(self, rank=2, lora_scale=1.0, attach_lora=True):
        self.rank = rank
        self.lora_scale = lora_scale
        self.attach_lora = attach_lora


class LoRAConv2dLayer(nn.Cell):
    def __init__(self, in_channels, out_channels, rank):
        super().__init__()
        self.down = nn.Conv2d(in_channels, rank, 3, pad_mode="same", has_bias=False)
        self.up = nn.Conv2d(rank, out_channels, 1, has_bias=False, weight_init="zeros")

    def construct(self, x):
        return self.up(self.down(x))


class LoRACompatibleConv(nn.Conv2d):
    def __init__(self, *args, lora_layer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lora_layer = lora_layer

    def construct(self, hidden_states, scale=1.0):
        if self.lora_layer is None:
            return super().construct(hidden_states)
        return super().construct(hidden_states) + scale * self.lora_layer(hidden_states)


class ConvInBlock(nn.Cell):
    def __init__(self, cin, cout, config):
        super().__init__()
        lora = LoRAConv2dLayer(cin, cout, config.rank) if config.attach_lora else None
        self.conv_in = LoRACompatibleConv(cin, cout, 3, pad_mode="same", has_bias=True, lora_layer=lora)
        self.conv_mid = LoRACompatibleConv(cout, cout, 3, pad_mode="same", has_bias=True)
        self.lora_scale = config.lora_scale

    def construct(self, sample, cross_attention_kwargs=None):
        scale = self.lora_scale if cross_attention_kwargs is None else cross_attention_kwargs
        h = ops.silu(self.conv_in(sample, scale))
        return self.conv_mid(h)


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return ConvInBlock(4, 8, LoRAConfig()), (x,)
