# case: rotary embedding slices its cached cos/sin to seq_len taken from the key tensor's shape (plus an optional offset default 0) -> shape-only slice, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RopeConfig:
    def __init__(self, head_dim=16, max_position_embeddings=64, rope_theta=10000.0, rope_scaling=None):
        self.head_dim = head_dim
        self.max_position_embeddings = max_position_embeddings
        self.rope_theta = rope_theta
        self.rope_scaling = rope_scaling


def rotate_half(x):
    x1, x2 = ops.chunk(x, 2, axis=-1)
    return ops.cat((-x2, x1), axis=-1)


class RotaryEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dim = config.head_dim
        scale = 1.0
        if config.rope_scaling is not None:
            scale = config.rope_scaling.get("factor", 1.0)
        inv_freq = 1.0 / (config.rope_theta ** (np.arange(0, self.dim, 2, dtype=np.float32) / self.dim))
        t = np.arange(config.max_position_embeddings, dtype=np.float32) / scale
        emb = np.concatenate([np.outer(t, inv_freq)] * 2, axis=-1)
        self.cos_cached = Tensor(np.cos(emb), ms.float32)
        self.sin_cached = Tensor(np.sin(emb), ms.float32)

    def construct(self, x, seq_len=None, offset=0):
        if seq_len is None:
            seq_len = x.shape[-2]
        cos = self.cos_cached[offset:offset + seq_len]
        sin = self.sin_cached[offset:offset + seq_len]
        return cos, sin


class RopeAttentionInput(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rotary_emb = RotaryEmbedding(config)

    def construct(self, q, k):
        cos, sin = self.rotary_emb(k, seq_len=k.shape[-2])
        q_len = q.shape[-2]
        q_cos, q_sin = cos[-q_len:], sin[-q_len:]
        q_embed = q * q_cos + rotate_half(q) * q_sin
        k_embed = k * cos + rotate_half(k) * sin
        return q_embed, k_embed


def make():
    np.random.seed(20)
    cell = RopeAttentionInput(RopeConfig())
    q = Tensor(np.random.randn(2, 4, 3, 16).astype(np.float32))
    k = Tensor(np.random.randn(2, 4, 7, 16).astype(np.float32))
    return cell, (q, k)
