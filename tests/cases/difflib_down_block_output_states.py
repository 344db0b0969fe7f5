# case: CrossAttnDownBlock2D-style block with optional attentions zipped with resnets over CellLists, output_states tuple grown per layer and a flag-dependent return length -> all loops over CellLists and flags, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, num_layers=2, has_attention=(False, True), add_downsample=True, output_attentions=False):
        self.num_layers = num_layers
        self.has_attention = has_attention
        self.add_downsample = add_downsample
        self.output_attentions = output_attentions


class Identity(nn.Cell):
    def construct(self, x):
        return x, None


class SpatialSelfAttention(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.qkv = nn.Conv2d(channels, channels * 3, 1, has_bias=True)

    def construct(self, x):
        b, c, hh, ww = x.shape
        q, k, v = ops.chunk(self.qkv(x).reshape(b, 3 * c, hh * ww), 3, axis=1)
        attn = ops.softmax(ops.bmm(q.swapaxes(1, 2), k) / (c ** 0.5), axis=-1)
        return x + ops.bmm(v, attn.swapaxes(1, 2)).reshape(b, c, hh, ww), attn


class DownBlock(nn.Cell):
    def __init__(self, channels, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.resnets = nn.CellList([nn.Conv2d(channels, channels, 3, pad_mode="same", has_bias=True) for _ in range(config.num_layers)])
        self.attentions = nn.CellList([SpatialSelfAttention(channels) if a else Identity() for a in config.has_attention])
        self.downsampler = nn.Conv2d(channels, channels, 3, stride=2, pad_mode="same", has_bias=True) if config.add_downsample else None

    def construct(self, hidden_states):
        output_states = ()
        all_attn = ()
        for i, (resnet, attn) in enumerate(zip(self.resnets, self.attentions)):
            hidden_states = ops.silu(resnet(hidden_states))
            hidden_states, probs = attn(hidden_states)
            if probs is not None:
                all_attn = all_attn + (probs,)
            output_states = output_states + (hidden_states,)
        if self.downsampler is not None:
            hidden_states = self.downsampler(hidden_states)
            output_states = output_states + (hidden_states,)
        outputs = (hidden_states, output_states)
        return outputs + (all_attn,) if self.output_attentions else outputs


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    return DownBlock(8, BlockConfig()), (x,)
