# case: re-ID embedding head wraps L2 normalisation in try/except with a fallback to raw features -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReIDHeadConfig:
    def __init__(self, in_channels=16, emb_dim=12, emb_scale=None):
        self.in_channels = in_channels
        self.emb_dim = emb_dim
        self.emb_scale = emb_scale


class ReIDEmbeddingHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.in_channels, config.emb_dim)
        scale = config.emb_scale
        self.emb_scale = float(np.sqrt(2) * np.log(config.emb_dim - 1)) if scale is None else scale

    def _normalize(self, x):
        try:
            x = x / ops.norm(x, dim=-1, keepdim=True)
        except ValueError:
            x = x
        return x

    def construct(self, feats):
        emb = self.proj(feats)
        emb = self._normalize(emb)
        return emb * self.emb_scale


def make():
    np.random.seed(131)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    return ReIDEmbeddingHead(ReIDHeadConfig()), (feats,)
