# case: ACT transformer encoder stack returns (hidden,) plus optional all-hidden-states and attention tuples whose presence is set by config flags (defaults False/True), layers walked over an nn.CellList -> output arity fixed by Python flags, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncConfig:
    def __init__(self, dim=16, n_layers=2, output_hidden_states=False, output_attentions=True):
        self.dim = dim
        self.n_layers = n_layers
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions


class SelfAttnLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.norm = nn.LayerNorm((dim,))
        self.scale = dim ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        return self.norm(x + ops.matmul(attn, v)), attn


class ACTEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions
        self.layers = nn.CellList([SelfAttnLayer(config.dim) for _ in range(config.n_layers)])

    def construct(self, tokens):
        all_hidden = ()
        all_attn = ()
        h = tokens
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden = all_hidden + (h,)
            h, attn = layer(h)
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (h,)
        outputs = outputs + (all_hidden,) if self.output_hidden_states else outputs
        outputs = outputs + (all_attn,) if self.output_attentions else outputs
        return outputs


def make():
    np.random.seed(17)
    return ACTEncoder(EncConfig()), (Tensor(np.random.randn(2, 6, 16).astype(np.float32)),)
