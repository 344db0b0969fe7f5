# case: speaker-embedding statistics pooling that masks padded frames with a length mask via ops.where/masked_fill and divides by lengths -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingConfig:
    def __init__(self, d_model=32, emb_dim=16, use_std=True, eps=1e-5):
        self.d_model = d_model
        self.emb_dim = emb_dim
        self.use_std = use_std
        self.eps = eps


def make_pad_mask(lengths, max_len):
    return ops.arange(max_len).reshape(1, -1) >= lengths.reshape(-1, 1)


class StatsPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_std = config.use_std
        self.eps = config.eps
        in_dim = 2 * config.d_model if config.use_std else config.d_model
        self.proj = nn.Dense(in_dim, config.emb_dim)

    def construct(self, x, lengths=None):
        if lengths is None:
            lengths = ops.fill(ms.int32, (x.shape[0],), x.shape[1])
        pad = make_pad_mask(lengths, x.shape[1]).expand_dims(-1)
        x = ops.masked_fill(x, pad, 0.0)
        denom = lengths.astype(x.dtype).reshape(-1, 1)
        mean = x.sum(axis=1) / denom
        stats = (mean,)
        if self.use_std:
            diff = ops.where(pad, ops.zeros_like(x), x - mean.expand_dims(1))
            std = ops.sqrt((diff * diff).sum(axis=1) / denom + self.eps)
            stats = stats + (std,)
        return self.proj(ops.concat(stats, axis=-1))


def make():
    np.random.seed(3314)
    net = StatsPooling(PoolingConfig())
    x = Tensor(np.random.randn(3, 20, 32).astype(np.float32))
    lengths = Tensor(np.array([20, 15, 8], dtype=np.int32))
    return net, (x, lengths)
