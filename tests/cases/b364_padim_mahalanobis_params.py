# case: PaDiM scorer with per-patch Gaussian mean and inverse covariance Parameters created in a helper, random channel subset gathered by a constant index tensor, Mahalanobis distance by batched matmul -> static
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PadimConfig:
    def __init__(self, in_channels=24, n_features=8, grid=(4, 4), use_covariance=True):
        self.in_channels = in_channels
        self.n_features = n_features
        self.grid = grid
        self.use_covariance = use_covariance


class PadimScorer(nn.Cell):
    def __init__(self, config: PadimConfig, channel_idx: Optional[np.ndarray] = None):
        super().__init__()
        if channel_idx is None:
            channel_idx = np.sort(np.random.choice(config.in_channels, config.n_features, replace=False))
        self.channel_idx = Tensor(channel_idx.astype(np.int32))
        self.use_covariance = config.use_covariance
        self.inv_cov = None
        self._init_gaussian(config.grid[0] * config.grid[1], config.n_features)

    def _init_gaussian(self, n_patches, d):
        self.mean = Parameter(Tensor(np.random.randn(n_patches, d).astype(np.float32) * 0.1), name="mean")
        if self.use_covariance:
            eye = np.tile(np.eye(d, dtype=np.float32)[None], (n_patches, 1, 1))
            self.inv_cov = Parameter(Tensor(eye * 0.9), name="inv_cov")

    def construct(self, embedding):
        b, _, h, w = embedding.shape
        emb = ops.gather(embedding, self.channel_idx, 1)
        emb = emb.reshape(b, emb.shape[1], h * w).transpose(2, 0, 1)
        delta = emb - self.mean.reshape(h * w, 1, -1)
        if self.inv_cov is not None:
            m = ops.matmul(delta, self.inv_cov)
            dist = (m * delta).sum(axis=-1)
        else:
            dist = (delta * delta).sum(axis=-1)
        return ops.sqrt(ops.relu(dist)).transpose(1, 0).reshape(b, 1, h, w)


def make():
    np.random.seed(3650)
    net = PadimScorer(PadimConfig())
    emb = Tensor(np.random.randn(2, 24, 4, 4).astype(np.float32))
    return net, (emb,)
