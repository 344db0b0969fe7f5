# case: embedding normaliser wraps the L2 normalisation in try/except and falls back to an eps-stabilised division -> try statement in construct, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    eps = 1e-5
    scale = 1.0


class SafeNormalize(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else NormConfig()
        self.eps = config.eps
        self.scale = config.scale

    def construct(self, emb):
        try:
            out = emb / ops.norm(emb, dim=1, keepdim=True)
        except ValueError:
            out = emb / (ops.norm(emb, dim=1, keepdim=True) + self.eps)
        return out * self.scale


class FlipFusionEmbedder(nn.Cell):
    def __init__(self, in_features, embedding_size):
        super().__init__()
        self.fc = nn.Dense(in_features, embedding_size)
        self.norm = SafeNormalize()

    def construct(self, feats, flipped_feats):
        return self.norm(self.fc(feats) + self.fc(flipped_feats))


def make():
    np.random.seed(37616)
    f = Tensor(np.random.randn(4, 40).astype(np.float32))
    ff = Tensor(np.random.randn(4, 40).astype(np.float32))
    return FlipFusionEmbedder(40, 20), (f, ff)
