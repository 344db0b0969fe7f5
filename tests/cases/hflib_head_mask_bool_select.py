# case: attention head pruning at inference that keeps only the heads whose head_mask entry is non-zero via boolean-mask indexing on the head axis -> number of kept heads comes from data, dynamic shape or rejection expected
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    hidden_size = 32
    num_attention_heads = 4


class PrunableSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.head_dim = config.hidden_size // self.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.scale = 1.0 / math.sqrt(self.head_dim)

    def _split_heads(self, x):
        b, s, _ = x.shape
        return x.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def _apply_head_mask(self, probs, head_mask):
        keep = head_mask > 0
        return probs[:, keep]

    def construct(self, hidden_states, head_mask=None):
        q, k, v = ops.split(self.qkv(hidden_states), hidden_states.shape[-1], axis=-1)
        q, k, v = self._split_heads(q), self._split_heads(k), self._split_heads(v)
        probs = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        if head_mask is not None:
            probs = self._apply_head_mask(probs, head_mask)
            v = v[:, head_mask > 0]
        context = ops.matmul(probs, v)
        return context.mean(axis=1)


def make():
    np.random.seed(33)
    attn = PrunableSelfAttention(AttnConfig())
    x = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    head_mask = Tensor(np.array([1.0, 0.0, 1.0, 1.0], dtype=np.float32))
    return attn, (x, head_mask)
