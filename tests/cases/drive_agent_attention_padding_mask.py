# case: multi-agent self-attention over a padded agent axis using a key padding mask filled with large negatives -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgentSelfAttention(nn.Cell):
    def __init__(self, d_model=16, num_heads=2):
        super().__init__()
        self.h = num_heads
        self.dk = d_model // num_heads
        self.qkv = nn.Dense(d_model, 3 * d_model)
        self.out = nn.Dense(d_model, d_model)
        self.scale = 1.0 / np.sqrt(self.dk)

    def split_heads(self, x):
        b, n, _ = x.shape
        return x.reshape(b, n, self.h, self.dk).transpose(0, 2, 1, 3)

    def construct(self, x, agent_mask):
        b, n, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        q, k, v = self.split_heads(q), self.split_heads(k), self.split_heads(v)
        logits = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        key_pad = ops.logical_not(agent_mask).reshape(b, 1, 1, n)
        logits = ops.masked_fill(logits, key_pad, -1e9)
        attn = ops.softmax(logits, axis=-1)
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, d)
        out = self.out(ctx)
        return out * agent_mask.astype(out.dtype).expand_dims(-1)


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    mask = np.ones((2, 6), dtype=np.bool_)
    mask[0, 4:] = False
    mask[1, 2:] = False
    return AgentSelfAttention(), (x, Tensor(mask))
