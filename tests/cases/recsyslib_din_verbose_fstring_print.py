# case: target-attention layer logs the peak attention weight with an f-string print because verbose defaults to True in its config -> f-string of a tensor value printed in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionConfig:
    def __init__(self, embed_dim=8, verbose=True, layer_name="din_attention"):
        self.embed_dim = embed_dim
        self.verbose = verbose
        self.layer_name = layer_name


class LoggingMixin:
    def log_stat(self, tag, value):
        if self.verbose:
            print(f"[{self.layer_name}] {tag}={value.max()}")


class TargetAttention(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.layer_name = config.layer_name
        self.key_proj = nn.Dense(config.embed_dim, config.embed_dim)

    def construct(self, query, keys, key_mask):
        k = self.key_proj(keys)
        scores = ops.bmm(k, query.expand_dims(-1)).squeeze(-1)
        scores = ops.select(key_mask, scores, ops.full_like(scores, -1e9))
        weights = ops.softmax(scores, axis=-1)
        self.log_stat("attn_max", weights)
        return ops.bmm(weights.expand_dims(1), keys).squeeze(1)


def make():
    np.random.seed(3926)
    query = Tensor(np.random.randn(2, 8).astype(np.float32))
    keys = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    key_mask = Tensor(np.array([[1, 1, 0, 0], [1, 1, 1, 1]], bool))
    return TargetAttention(AttentionConfig()), (query, keys, key_mask)
