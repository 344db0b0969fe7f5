# case: track-embedding smoother loops over int(feats.shape[0]) slots, collecting EMA-updated rows in a list and stacking them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothConfig:
    def __init__(self, alpha=0.9, emb_dim=16, eps=1e-12):
        self.alpha = alpha
        self.emb_dim = emb_dim
        self.eps = eps


class EmbLayerNorm(nn.LayerNorm):
    def __init__(self, dim, *args, **kwargs):
        super().__init__((dim,), *args, **kwargs)

    def construct(self, x):
        return super().construct(x)


class EmbeddingSmoother(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alpha = config.alpha
        self.eps = config.eps
        self.norm = EmbLayerNorm(config.emb_dim, epsilon=1e-5)

    def _unit(self, v):
        return v / ops.sqrt((v * v).sum() + self.eps)

    def construct(self, smooth_feats, curr_feats):
        n_tracks = int(smooth_feats.shape[0])
        rows = []
        for i in range(n_tracks):
            upd = self.alpha * smooth_feats[i] + (1 - self.alpha) * self._unit(curr_feats[i])
            rows.append(self._unit(upd))
        return self.norm(ops.stack(rows))


def make():
    np.random.seed(251)
    s = Tensor(np.random.randn(5, 16).astype(np.float32))
    c = Tensor(np.random.randn(5, 16).astype(np.float32))
    return EmbeddingSmoother(SmoothConfig()), (s, c)
