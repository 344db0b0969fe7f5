# case: Music Transformer relative attention computes QEr and skews it with pad+reshape using only static shapes from x.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MusicTransformerConfig:
    def __init__(self, d_model=32, n_heads=4, max_rel_dist=16, dropout=0.0):
        self.d_model = d_model
        self.n_heads = n_heads
        self.max_rel_dist = max_rel_dist
        self.dropout = dropout

def _skew(qer):
    b, h, l, _ = qer.shape
    padded = ops.pad(qer, (1, 0))
    padded = padded.reshape(b, h, l + 1, l)
    return padded[:, :, 1:, :]

class RelativeMultiheadAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_heads = config.n_heads
        self.d_head = config.d_model // config.n_heads
        self.max_rel_dist = config.max_rel_dist
        self.qkv = nn.Dense(config.d_model, 3 * config.d_model)
        self.out_proj = nn.Dense(config.d_model, config.d_model)
        self._init_rel_embeddings()

    def _init_rel_embeddings(self):
        init = np.random.randn(self.max_rel_dist, self.d_head).astype(np.float32) * 0.02
        self.E = ms.Parameter(Tensor(init), name="rel_E")

    def _split_heads(self, x):
        b, l, _ = x.shape
        return x.reshape(b, l, self.n_heads, self.d_head).transpose(0, 2, 1, 3)

    def construct(self, x, attention_mask=None):
        b, l, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        q, k, v = (self._split_heads(t) for t in (q, k, v))
        er = self.E[self.max_rel_dist - l:, :]
        srel = _skew(ops.matmul(q, er.T))
        scores = (ops.matmul(q, k.transpose(0, 1, 3, 2)) + srel) / (self.d_head ** 0.5)
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask) * -1e9
        probs = ops.softmax(scores, axis=-1)
        out = ops.matmul(probs, v).transpose(0, 2, 1, 3).reshape(b, l, d)
        return self.out_proj(out)

def make():
    np.random.seed(3710)
    cfg = MusicTransformerConfig()
    attn = RelativeMultiheadAttention(cfg)
    x = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    causal = Tensor(np.tril(np.ones((12, 12), dtype=np.float32)))
    return attn, (x, causal)
