# case: BLOOM-style attention that adds an ALiBi bias and, only if the padding mask has any zero, also adds the padding penalty; both branches keep the score shape -> if on a tensor value but same shapes on both paths, may compile to control flow
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_alibi_slopes(num_heads):
    closest = 2 ** math.floor(math.log2(num_heads))
    base = 2 ** (-(2 ** -(math.log2(closest) - 3)))
    return [base ** (i + 1) for i in range(num_heads)]


class BloomConfig:
    hidden_size = 16
    n_head = 4


class BloomAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_head = config.n_head
        self.head_dim = config.hidden_size // config.n_head
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.slopes = Tensor(np.array(build_alibi_slopes(config.n_head), dtype=np.float32)).view(1, -1, 1, 1)

    def construct(self, hidden_states, attention_mask):
        b, s, c = hidden_states.shape
        q, k, v = [t.reshape(b, s, self.n_head, self.head_dim).swapaxes(1, 2)
                   for t in ops.split(self.qkv(hidden_states), c, axis=-1)]
        positions = ops.arange(s, dtype=ms.float32).view(1, 1, 1, s)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(self.head_dim) + self.slopes * positions
        if (attention_mask == 0).any():
            scores = scores + (1.0 - attention_mask.astype(ms.float32)).view(b, 1, 1, s) * -1e4
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out.swapaxes(1, 2).reshape(b, s, c)


def make():
    np.random.seed(60)
    attn = BloomAttention(BloomConfig())
    h = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    m = Tensor(np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.int32))
    return attn, (h, m)
