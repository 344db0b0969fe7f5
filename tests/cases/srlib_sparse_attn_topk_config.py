# case: sparse window attention keeps a configured fraction of keys per query, k computed from the window length (shape) and topk_ratio, optional padding mask added as a bias -> topk size is a Python int, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, dim=8, topk_ratio=0.5, min_keep=2, qk_scale=None):
        self.dim = dim
        self.topk_ratio = topk_ratio
        self.min_keep = min_keep
        self.qk_scale = qk_scale


class TopKWindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.topk_ratio = config.topk_ratio
        self.min_keep = config.min_keep
        self.qk_scale = config.qk_scale if config.qk_scale is not None else config.dim ** -0.5

    def _keep(self, n_tokens):
        return max(int(n_tokens * self.topk_ratio), self.min_keep)

    def construct(self, windows, valid=None):
        b, n, c = windows.shape
        q, k, v = ops.split(self.qkv(windows), c, axis=-1)
        attn = ops.matmul(q, k.swapaxes(-2, -1)) * self.qk_scale
        if valid is not None:
            attn = attn + (1.0 - valid.expand_dims(1)) * -1e4
        top_val, top_idx = ops.topk(attn, self._keep(n))
        probs = ops.softmax(top_val, axis=-1)
        v_all = v.expand_dims(1).broadcast_to((b, n, n, c))
        v_sel = ops.gather_elements(v_all, 2, top_idx.expand_dims(-1).broadcast_to(top_idx.shape + (c,)))
        return (probs.expand_dims(-1) * v_sel).sum(axis=2)


def make():
    np.random.seed(25)
    windows = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    valid = np.ones((2, 16), np.float32)
    valid[1, 12:] = 0
    return TopKWindowAttention(AttnConfig()), (windows, Tensor(valid))
