# case: RelPositionMultiHeadedAttention subclass with pos_bias_u/v Parameters created in a helper, forward_qkv inherited from the base, optional mask tested with `is not None`, and attention weights returned only under a config flag -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AttnConfig:
    n_head = 4
    n_feat = 32
    output_attentions = False


class MultiHeadedAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h, self.d_k = config.n_head, config.n_feat // config.n_head
        self.linear_q = nn.Dense(config.n_feat, config.n_feat)
        self.linear_k = nn.Dense(config.n_feat, config.n_feat)
        self.linear_v = nn.Dense(config.n_feat, config.n_feat)
        self.linear_out = nn.Dense(config.n_feat, config.n_feat)
        self.output_attentions = getattr(config, "output_attentions", False)

    def forward_qkv(self, query, key, value):
        b = query.shape[0]
        q = self.linear_q(query).view(b, -1, self.h, self.d_k)
        k = self.linear_k(key).view(b, -1, self.h, self.d_k).swapaxes(1, 2)
        v = self.linear_v(value).view(b, -1, self.h, self.d_k).swapaxes(1, 2)
        return q, k, v

    def forward_attention(self, value, scores, mask=None):
        if mask is not None:
            scores = ops.masked_fill(scores, ~mask.expand_dims(1), float("-inf"))
        attn = ops.softmax(scores, axis=-1)
        b = value.shape[0]
        x = ops.matmul(attn, value).swapaxes(1, 2).reshape(b, -1, self.h * self.d_k)
        out = self.linear_out(x)
        return (out, attn) if self.output_attentions else (out,)


class RelPositionMultiHeadedAttention(MultiHeadedAttention):
    def __init__(self, config):
        super().__init__(config)
        self.linear_pos = nn.Dense(config.n_feat, config.n_feat, has_bias=False)
        self._init_pos_bias()

    def _init_pos_bias(self):
        init = np.random.uniform(-0.1, 0.1, (self.h, self.d_k)).astype(np.float32)
        self.pos_bias_u = Parameter(Tensor(init), name="pos_bias_u")
        self.pos_bias_v = Parameter(Tensor(init.copy()), name="pos_bias_v")

    def construct(self, query, key, value, mask=None, pos_emb=None):
        q, k, v = self.forward_qkv(query, key, value)
        p = self.linear_pos(pos_emb).view(pos_emb.shape[0], -1, self.h, self.d_k).swapaxes(1, 2)
        q_u = (q + self.pos_bias_u).swapaxes(1, 2)
        q_v = (q + self.pos_bias_v).swapaxes(1, 2)
        matrix_ac = ops.matmul(q_u, k.swapaxes(-2, -1))
        matrix_bd = ops.matmul(q_v, p.swapaxes(-2, -1))
        scores = (matrix_ac + matrix_bd) / math.sqrt(self.d_k)
        return self.forward_attention(v, scores, mask)


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    pos_emb = Tensor(np.random.randn(1, 12, 32).astype(np.float32))
    mask = Tensor(np.ones((2, 1, 12), dtype=np.bool_))
    return RelPositionMultiHeadedAttention(AttnConfig()), (x, x, x, mask, pos_emb)
