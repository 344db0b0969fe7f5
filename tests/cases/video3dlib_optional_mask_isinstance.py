# case: video-text pooling with an Optional frame mask guarded by isinstance(mask, Tensor); the caller passes no mask -> guard is resolved at compile time, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolerConfig:
    def __init__(self, dim=16, proj_dim=8, l2_normalize=True):
        self.dim = dim
        self.proj_dim = proj_dim
        self.l2_normalize = l2_normalize


class MaskedMeanPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.proj_dim)
        self.l2_normalize = config.l2_normalize

    def _masked_mean(self, x, mask):
        if isinstance(mask, Tensor):
            w = mask.astype(x.dtype)[..., None]
            return (x * w).sum(axis=1) / w.sum(axis=1).clip(1.0, None)
        return x.mean(axis=1)

    def construct(self, frame_feats, frame_mask=None):
        pooled = self._masked_mean(frame_feats, frame_mask)
        emb = self.proj(pooled)
        if self.l2_normalize:
            emb = emb / ops.sqrt((emb * emb).sum(axis=-1, keepdims=True) + 1e-12)
        return emb


def make():
    np.random.seed(132)
    feats = Tensor(np.random.randn(3, 8, 16).astype(np.float32))
    return MaskedMeanPooler(PoolerConfig()), (feats,)
