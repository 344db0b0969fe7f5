# case: rotary embedding precomputes cos/sin tables for max positions in __init__ and gathers rows by the position_ids tensor, falling back to arange over x.shape when position_ids is None -> table lookups by gather, lengths from shapes; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RopeConfig:
    def __init__(self, head_dim=8, max_position_embeddings=64, rope_theta=10000.0, rope_scaling=None):
        self.head_dim = head_dim
        self.max_position_embeddings = max_position_embeddings
        self.rope_theta = rope_theta
        self.rope_scaling = rope_scaling


def _rope_tables(dim, max_pos, base, scaling):
    inv_freq = 1.0 / (base ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
    t = np.arange(max_pos, dtype=np.float32)
    if scaling is not None:
        t = t / scaling
    emb = np.concatenate([np.outer(t, inv_freq)] * 2, axis=-1)
    return Tensor(np.cos(emb)), Tensor(np.sin(emb))


class RotaryEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.half = config.head_dim // 2
        self.cos_table, self.sin_table = _rope_tables(config.head_dim, config.max_position_embeddings,
                                                      config.rope_theta, config.rope_scaling)

    def _rotate_half(self, x):
        return ops.concat((-x[..., self.half:], x[..., :self.half]), axis=-1)

    def construct(self, q, k, position_ids=None):
        if position_ids is None:
            position_ids = ops.arange(q.shape[2]).reshape(1, -1)
        cos = ops.gather(self.cos_table, position_ids, 0).expand_dims(1)
        sin = ops.gather(self.sin_table, position_ids, 0).expand_dims(1)
        return q * cos + self._rotate_half(q) * sin, k * cos + self._rotate_half(k) * sin


def make():
    np.random.seed(3648)
    q = Tensor(np.random.randn(2, 2, 5, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 2, 5, 8).astype(np.float32))
    position_ids = Tensor(np.array([[10, 11, 12, 13, 14], [0, 1, 2, 3, 4]], np.int32))
    return RotaryEmbedding(RopeConfig()), (q, k, position_ids)
