# case: query tower pools cls/mean/last-token by a config string, mean pooling masks by multiplication -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POOLING_MODES = ("cls", "mean", "last")
EPS = 1e-6


def l2_normalize(x, eps=EPS):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + eps)


class PoolerConfig:
    def __init__(self, vocab_size=100, hidden_size=16, pooling="mean", normalize=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.pooling = pooling
        self.normalize = normalize


class Pooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        if config.pooling not in POOLING_MODES:
            raise ValueError("unknown pooling %s" % config.pooling)
        self.pooling = config.pooling
        self.normalize = config.normalize

    def construct(self, hidden, mask):
        if self.pooling == "cls":
            pooled = hidden[:, 0]
        elif self.pooling == "mean":
            m = mask.astype(hidden.dtype).expand_dims(-1)
            pooled = (hidden * m).sum(axis=1) / ops.clamp(m.sum(axis=1), min=EPS)
        else:
            pooled = hidden[:, -1]
        if self.normalize:
            pooled = l2_normalize(pooled)
        return pooled


class QueryEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.proj = nn.Dense(config.hidden_size, config.hidden_size, activation="tanh")
        self.pooler = Pooler(config)

    def construct(self, input_ids, attention_mask=None):
        if attention_mask is None:
            attention_mask = ops.ones_like(input_ids)
        h = self.proj(self.embed(input_ids))
        return self.pooler(h, attention_mask)


def make():
    np.random.seed(1)
    cfg = PoolerConfig()
    ids = Tensor(np.random.randint(1, 100, (4, 8)).astype(np.int32))
    lens = np.array([[8], [5], [3], [6]])
    mask = Tensor((np.arange(8)[None, :] < lens).astype(np.int32))
    return QueryEncoder(cfg), (ids, mask)
