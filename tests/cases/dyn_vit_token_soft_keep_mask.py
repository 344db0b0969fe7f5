# case: DynamicViT training path keeps all tokens and applies a Gumbel-sampled keep decision as an attention mask of fixed size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSelfAttention(nn.Cell):
    def __init__(self, dim, heads=2):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.proj = nn.Dense(dim, dim)
        self.heads = heads
        self.scale = (dim // heads) ** -0.5

    def construct(self, x, keep_mask=None):
        b, n, c = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, c // self.heads).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        if keep_mask is not None:
            bias = (1.0 - keep_mask.expand_dims(1).expand_dims(1)) * -1e4
            attn = attn + bias
        attn = ops.softmax(attn, axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, c)
        return self.proj(out)


class PredictorBlock(nn.Cell):
    def __init__(self, dim=16, tau=1.0):
        super().__init__()
        self.predictor = nn.Dense(dim, 2)
        self.attn = MaskedSelfAttention(dim)
        self.tau = tau

    def construct(self, x):
        logits = self.predictor(x)
        keep = ops.gumbel_softmax(logits.reshape(-1, 2), self.tau, hard=True)[:, 0]
        keep = keep.reshape(x.shape[0], x.shape[1])
        return x + self.attn(x, keep), keep.sum(axis=1)


def make():
    np.random.seed(31)
    ms.set_seed(31)
    x = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return PredictorBlock(), (x,)
