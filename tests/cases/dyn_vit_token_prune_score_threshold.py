# case: ViT block drops patch tokens whose attention-to-CLS importance is below a threshold with masked_select -> dynamic shape at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CLSAttentionScore(nn.Cell):
    """Importance of each patch = attention weight from the CLS query."""

    def __init__(self, dim):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.scale = dim ** -0.5

    def construct(self, x):
        q = self.q(x[:, :1])
        k = self.k(x[:, 1:])
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return attn.squeeze(1)


class ThresholdTokenPruner(nn.Cell):
    def __init__(self, dim=16, min_importance=None):
        super().__init__()
        self.score = CLSAttentionScore(dim)
        self.min_importance = min_importance

    def construct(self, x):
        importance = self.score(x)
        thr = self.min_importance
        if thr is None:
            thr = 1.0 / importance.shape[-1]
        keep = (importance >= thr).expand_dims(-1).broadcast_to(x[:, 1:].shape)
        kept = ops.masked_select(x[:, 1:], keep)
        return kept.reshape(x.shape[0], -1, x.shape[-1])


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(1, 9, 16).astype(np.float32))
    return ThresholdTokenPruner(), (x,)
