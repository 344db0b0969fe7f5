# case: builds a key-padding attention mask from lengths with numpy inside construct -> compile error at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lengths_to_mask(lengths, max_len):
    lens = lengths.asnumpy()
    mask = np.arange(max_len)[None, :] < lens[:, None]
    return Tensor(mask.astype(np.float32))


class MaskedSelfAttention(nn.Cell):
    def __init__(self, hidden=16, neg_inf=-1e4):
        super().__init__()
        self.q_proj = nn.Dense(hidden, hidden)
        self.k_proj = nn.Dense(hidden, hidden)
        self.scale = 1.0 / np.sqrt(hidden)
        self.neg_inf = neg_inf

    def construct(self, x, lengths):
        mask = lengths_to_mask(lengths, x.shape[1])
        bias = (1.0 - mask) * self.neg_inf
        q, k = self.q_proj(x), self.k_proj(x)
        scores = ops.matmul(q, k.swapaxes(1, 2)) * self.scale
        scores = scores + bias.expand_dims(1)
        probs = ops.softmax(scores, axis=-1)
        return ops.matmul(probs, x)


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    lengths = Tensor(np.array([5, 3], np.int32))
    return MaskedSelfAttention(), (x, lengths)
