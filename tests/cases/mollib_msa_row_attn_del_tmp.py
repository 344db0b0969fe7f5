# case: MSA row attention frees intermediate score tensors with del inside construct, library-style memory hygiene -> graph may reject del
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MSAConfig:
    msa_dim = 16
    num_heads = 2
    gated = True


class MSARowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.d = config.msa_dim // config.num_heads
        self.norm = nn.LayerNorm((config.msa_dim,))
        self.qkv = nn.Dense(config.msa_dim, 3 * config.msa_dim, has_bias=False)
        self.gate = nn.Dense(config.msa_dim, config.msa_dim) if config.gated else None
        self.out = nn.Dense(config.msa_dim, config.msa_dim)

    def construct(self, msa, seq_mask):
        s, r, c = msa.shape
        x = self.norm(msa)
        q, k, v = ops.split(self.qkv(x).reshape(s, r, 3, self.h, self.d), 1, axis=2)
        q, k, v = q.squeeze(2), k.squeeze(2), v.squeeze(2)
        q, k, v = q.transpose(0, 2, 1, 3), k.transpose(0, 2, 1, 3), v.transpose(0, 2, 1, 3)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / float(np.sqrt(self.d))
        scores = scores + (seq_mask[None, None, None, :] - 1.0) * 1e4
        attn = ops.softmax(scores, axis=-1)
        del scores, q, k
        o = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(s, r, c)
        if self.gate is not None:
            o = o * ops.sigmoid(self.gate(x))
        return msa + self.out(o)


def make():
    np.random.seed(41)
    msa = Tensor(np.random.randn(4, 10, 16).astype(np.float32))
    mask = np.ones(10, np.float32)
    mask[8:] = 0
    return MSARowAttention(MSAConfig()), (msa, Tensor(mask))
