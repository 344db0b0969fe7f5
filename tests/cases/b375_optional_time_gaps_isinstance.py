# case: transaction embedder adds a time-gap projection only when the Optional time_gaps argument is a Tensor (isinstance / is not None guards) -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class EmbedderConfig:
    def __init__(self, feat_dim=7, hidden=12, gap_scale=3600.0, layer_norm_eps=1e-5):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.gap_scale = gap_scale
        self.layer_norm_eps = layer_norm_eps


class TxnEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.feat_proj = nn.Dense(config.feat_dim, config.hidden)
        self.gap_proj = nn.Dense(1, config.hidden)
        self.gap_scale = config.gap_scale
        self.norm = nn.LayerNorm((config.hidden,), epsilon=config.layer_norm_eps)

    def construct(self, feats, time_gaps: Optional[Tensor] = None, txn_mask: Optional[Tensor] = None):
        h = self.feat_proj(feats)
        if time_gaps is not None and isinstance(time_gaps, Tensor):
            h = h + self.gap_proj(ops.log1p(time_gaps / self.gap_scale).expand_dims(-1))
        h = self.norm(h)
        if txn_mask is not None:
            h = h * txn_mask.expand_dims(-1)
        return h


def make():
    np.random.seed(3775)
    feats = np.random.randn(3, 8, 7).astype(np.float32)
    gaps = np.random.exponential(7200.0, size=(3, 8)).astype(np.float32)
    return TxnEmbedder(EmbedderConfig()), (Tensor(feats), Tensor(gaps))
