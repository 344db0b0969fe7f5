# case: temporal transformer block reshapes by config.num_frames (a Python int), adds a learned frame position embedding, output tuple grows with output_attentions -> constant sizes and flags, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class TemporalConfig:
    def __init__(self, num_frames=4, dim=16, heads=2, output_attentions=True, use_pos_embed=True):
        self.num_frames = num_frames
        self.dim = dim
        self.heads = heads
        self.output_attentions = output_attentions
        self.use_pos_embed = use_pos_embed


class TemporalTransformerBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_frames = config.num_frames
        self.heads = config.heads
        self.output_attentions = config.output_attentions
        self.norm = nn.LayerNorm((config.dim,))
        self.qkv = nn.Dense(config.dim, config.dim * 3)
        self.proj = nn.Dense(config.dim, config.dim)
        if config.use_pos_embed:
            self._init_pos_embed(config)
        else:
            self.pos_embed = None

    def _init_pos_embed(self, config):
        self.pos_embed = Parameter(initializer(Normal(0.02), (1, config.num_frames, config.dim)), name="pos_embed")

    def construct(self, x):
        bf, n, d = x.shape
        b = bf // self.num_frames
        h = x.reshape(b, self.num_frames, n, d).transpose(0, 2, 1, 3).reshape(b * n, self.num_frames, d)
        if self.pos_embed is not None:
            h = h + self.pos_embed
        q, k, v = ops.chunk(self.qkv(self.norm(h)), 3, axis=-1)
        hd = d // self.heads
        q, k, v = [t.reshape(b * n, self.num_frames, self.heads, hd).transpose(0, 2, 1, 3) for t in (q, k, v)]
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (hd ** 0.5), axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b * n, self.num_frames, d)
        out = self.proj(out).reshape(b, n, self.num_frames, d).transpose(0, 2, 1, 3).reshape(bf, n, d)
        outputs = (x + out,)
        if self.output_attentions:
            outputs = outputs + (attn,)
        return outputs


def make():
    np.random.seed(37405)
    x = Tensor(np.random.randn(2 * 4, 9, 16).astype(np.float32))
    return TemporalTransformerBlock(TemporalConfig()), (x,)
