# case: sparse window attention keeps as many keys per query as there are valid (non-padded) tokens in the window, k counted from the padding mask -> topk size from tensor values, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, dim=8, min_keep=2, scale=None):
        self.dim = dim
        self.min_keep = min_keep
        self.scale = scale


class TopKWindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.min_keep = config.min_keep
        self.scale = config.scale if config.scale is not None else config.dim ** -0.5

    def _keep(self, valid):
        return max(int(valid.sum(axis=-1).min()), self.min_keep)

    def construct(self, windows, valid):
        q, k, v = ops.split(self.qkv(windows), windows.shape[-1], axis=-1)
        attn = ops.matmul(q, k.swapaxes(-2, -1)) * self.scale
        attn = attn + (1.0 - valid.expand_dims(1)) * -1e4
        top_val, top_idx = ops.topk(attn, self._keep(valid))
        probs = ops.softmax(top_val, axis=-1)
        b, n, c = v.shape
        v_all = v.expand_dims(1).broadcast_to((b, n, n, c))
        idx = top_idx.expand_dims(-1).broadcast_to(top_idx.shape + (c,))
        v_sel = ops.gather_elements(v_all, 2, idx)
        return (probs.expand_dims(-1) * v_sel).sum(axis=2)


def make():
    np.random.seed(24)
    windows = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    valid = np.ones((2, 16), np.float32)
    valid[1, 12:] = 0
    return TopKWindowAttention(AttnConfig()), (windows, Tensor(valid))
