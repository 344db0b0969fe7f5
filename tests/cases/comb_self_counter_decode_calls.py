# case: attention decoder that keeps a Python call counter and last-step record on self inside construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionDecoderStep(nn.Cell):
    def __init__(self, embed_dim=16, n_heads=2):
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = embed_dim // n_heads
        self.wq = nn.Dense(embed_dim * 2, embed_dim, has_bias=False)
        self.wk = nn.Dense(embed_dim, embed_dim, has_bias=False)
        self.num_calls = 0
        self.last_choice = None

    def split_heads(self, x):
        b, n, _ = x.shape
        return x.view(b, n, self.n_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, node_emb, first_emb, last_emb, mask):
        ctx = ops.concat([first_emb, last_emb], -1)
        q = self.split_heads(self.wq(ctx).expand_dims(1))
        k = self.split_heads(self.wk(node_emb))
        compat = ops.matmul(q, k.transpose(0, 1, 3, 2)).mean(1).squeeze(1) / (self.head_dim ** 0.5)
        compat = ops.masked_fill(compat, mask, float("-inf"))
        choice = ops.argmax(compat, -1)
        self.num_calls += 1
        self.last_choice = choice
        return choice, ops.log_softmax(compat, -1)


def make():
    np.random.seed(9)
    emb = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    first = Tensor(np.random.randn(2, 16).astype(np.float32))
    last = Tensor(np.random.randn(2, 16).astype(np.float32))
    mask = np.zeros((2, 5), dtype=bool)
    mask[:, 0] = True
    return AttentionDecoderStep(), (emb, first, last, Tensor(mask))
