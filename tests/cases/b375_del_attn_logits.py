# case: additive attention pooling over transactions frees the intermediate logits with a del statement inside construct -> graph mode rejects del
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class AttnPoolConfig:
    def __init__(self, hidden=16, attn_dim=8, output_attentions=False):
        self.hidden = hidden
        self.attn_dim = attn_dim
        self.output_attentions = output_attentions


class AdditiveAttentionPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.key = nn.Dense(config.hidden, config.attn_dim, activation="tanh")
        self.query = nn.Dense(config.attn_dim, 1, has_bias=False)
        self.output_attentions = config.output_attentions
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, h, txn_mask):
        attn_logits = self.query(self.key(h)).squeeze(-1)
        attn_logits = attn_logits + (1.0 - txn_mask) * NEG_INF
        weights = self.softmax(attn_logits)
        del attn_logits
        pooled = (weights.expand_dims(-1) * h).sum(axis=1)
        return (pooled, weights) if self.output_attentions else (pooled,)


def make():
    np.random.seed(3769)
    h = np.random.randn(3, 8, 16).astype(np.float32)
    mask = np.ones((3, 8), np.float32)
    mask[1, 4:] = 0.0
    return AdditiveAttentionPool(AttnPoolConfig()), (Tensor(h), Tensor(mask))
