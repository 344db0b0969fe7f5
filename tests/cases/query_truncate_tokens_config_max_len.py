# case: truncate query tokens to a max_len taken from the model config and pool over a padding mask -> slice bound is a Python int, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueryEncoderConfig:
    vocab_size = 200
    embed_dim = 16
    max_len = 8


class TruncatingQueryEncoder(nn.Cell):
    def __init__(self, config=QueryEncoderConfig()):
        super().__init__()
        self.max_len = config.max_len
        self.embedding = nn.Embedding(config.vocab_size, config.embed_dim)
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)

    def construct(self, token_ids):
        ids = token_ids[:, :self.max_len]
        mask = (ids != 0).astype(ms.float32).expand_dims(-1)
        emb = self.embedding(ids) * mask
        pooled = emb.sum(axis=1) / ops.maximum(mask.sum(axis=1), 1.0)
        return ops.tanh(self.proj(pooled))


def make():
    np.random.seed(30)
    ids = np.random.randint(0, 200, size=(3, 12)).astype(np.int32)
    ids[:, 6:] = 0
    return TruncatingQueryEncoder(), (Tensor(ids),)
