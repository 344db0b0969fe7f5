# case: stack of temporal transformer blocks collecting hidden states and attention maps into tuples, output length chosen by config flags -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, dim=16, depth=3, output_attentions=True, output_hidden_states=False, use_return_dict=False):
        self.dim = dim
        self.depth = depth
        self.output_attentions = output_attentions
        self.output_hidden_states = output_hidden_states
        self.use_return_dict = use_return_dict


class TemporalBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.scale = dim ** -0.5

    def construct(self, x):
        h = self.norm(x)
        attn = ops.softmax(ops.matmul(self.q(h), self.k(h).swapaxes(1, 2)) * self.scale, axis=-1)
        return x + ops.matmul(attn, self.v(h)), attn


class TemporalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([TemporalBlock(config.dim) for _ in range(config.depth)])
        self.output_attentions = config.output_attentions
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x, output_attentions=None):
        output_attentions = output_attentions if output_attentions is not None else self.output_attentions
        all_hidden = ()
        all_attn = ()
        for i, block in enumerate(self.blocks):
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x, attn = block(x)
            if output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (x,)
        if self.output_hidden_states:
            outputs = outputs + (all_hidden,)
        outputs = outputs + (all_attn,) if output_attentions else outputs
        return outputs


def make():
    np.random.seed(108)
    x = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return TemporalEncoder(EncoderConfig()), (x,)
