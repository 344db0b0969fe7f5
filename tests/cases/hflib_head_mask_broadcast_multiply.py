# case: per-layer head_mask applied HF-style by broadcasting and multiplying the attention probabilities (get_head_mask helper expands a 1-D mask) -> mask used by multiplication only, static graph expected
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    hidden_size = 32
    num_attention_heads = 4
    num_hidden_layers = 2


def get_head_mask(head_mask, num_hidden_layers):
    if head_mask is None:
        return [None] * num_hidden_layers
    if head_mask.ndim == 1:
        head_mask = head_mask.view(1, 1, -1, 1, 1).broadcast_to((num_hidden_layers, 1, -1, 1, 1))
    return head_mask


class SelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_attention_heads
        self.d = config.hidden_size // self.h
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, x, layer_head_mask=None):
        b, s, c = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.h, self.d).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        probs = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(self.d), axis=-1)
        if layer_head_mask is not None:
            probs = probs * layer_head_mask
        ctx = ops.matmul(probs, v).transpose(0, 2, 1, 3).reshape(b, s, c)
        return self.out(ctx)


class Stack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_hidden_layers = config.num_hidden_layers
        self.layers = nn.CellList([SelfAttention(config) for _ in range(config.num_hidden_layers)])

    def construct(self, x, head_mask=None):
        head_mask = get_head_mask(head_mask, self.num_hidden_layers)
        for i, layer in enumerate(self.layers):
            x = x + layer(x, head_mask[i])
        return x


def make():
    np.random.seed(34)
    net = Stack(Config())
    x = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    head_mask = Tensor(np.array([1.0, 0.0, 1.0, 1.0], dtype=np.float32))
    return net, (x, head_mask)
