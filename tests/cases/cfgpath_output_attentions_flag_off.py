# case: transformer layer stack collects attention maps only when output_attentions (default False) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelfAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.scale = dim ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        return ops.matmul(attn, v), attn


class AttentionStack(nn.Cell):
    def __init__(self, dim=8, num_layers=2, output_attentions=False, output_hidden_states=False):
        super().__init__()
        self.layers = nn.CellList([SelfAttention(dim) for _ in range(num_layers)])
        self.output_attentions = output_attentions
        self.output_hidden_states = output_hidden_states

    def construct(self, x):
        all_attn = ()
        all_hidden = ()
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            out, attn = layer(x)
            x = x + out
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        return x, all_attn, all_hidden


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return AttentionStack(), (x,)
