# case: rotary embedding slices its cos/sin cache up to max(position_ids)+1 before gathering, the length read from tensor data -> data-dependent slice, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RopeConfig:
    def __init__(self, head_dim=16, max_position_embeddings=64, rope_theta=10000.0):
        self.head_dim = head_dim
        self.max_position_embeddings = max_position_embeddings
        self.rope_theta = rope_theta


def rotate_half(x):
    half = x.shape[-1] // 2
    return ops.cat((-x[..., half:], x[..., :half]), axis=-1)


class RotaryEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dim = config.head_dim
        self.max_pos = config.max_position_embeddings
        self._build_cache(config.rope_theta)

    def _build_cache(self, base):
        inv_freq = 1.0 / (base ** (np.arange(0, self.dim, 2, dtype=np.float32) / self.dim))
        t = np.arange(self.max_pos, dtype=np.float32)
        freqs = np.outer(t, inv_freq)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos_cached = Tensor(np.cos(emb), ms.float32)
        self.sin_cached = Tensor(np.sin(emb), ms.float32)

    def construct(self, x, position_ids):
        seq_len = int(position_ids.max()) + 1
        cos = self.cos_cached[:seq_len]
        sin = self.sin_cached[:seq_len]
        cos = ops.gather(cos, position_ids, 0).expand_dims(1)
        sin = ops.gather(sin, position_ids, 0).expand_dims(1)
        return x * cos + rotate_half(x) * sin


def make():
    np.random.seed(19)
    rope = RotaryEmbedding(RopeConfig())
    q = Tensor(np.random.randn(2, 4, 6, 16).astype(np.float32))
    position_ids = Tensor(np.array([[0, 1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]], dtype=np.int32))
    return rope, (q, position_ids)
