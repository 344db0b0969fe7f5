# case: embedding neck subclasses nn.LayerNorm and nn.Dense, calling super().construct and an optional BN-free feature scale before L2 normalisation -> subclass calls into parent construct, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeckConfig:
    in_features = 64
    embedding_size = 32
    feature_scale = None
    dropout = 0.0


class EmbeddingLayerNorm(nn.LayerNorm):
    def __init__(self, dim, eps=1e-5):
        super().__init__((dim,), epsilon=eps)

    def construct(self, x):
        return super().construct(x.astype(ms.float32))


class ScaledDense(nn.Dense):
    def __init__(self, in_channels, out_channels, scale=None):
        super().__init__(in_channels, out_channels)
        self.scale = scale

    def construct(self, x):
        y = super().construct(x)
        if self.scale is not None:
            y = y * self.scale
        return y


class EmbeddingNeck(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm_in = EmbeddingLayerNorm(config.in_features)
        self.fc = ScaledDense(config.in_features, config.embedding_size, config.feature_scale)
        self.norm_out = EmbeddingLayerNorm(config.embedding_size)
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout > 0 else None

    def construct(self, x):
        x = self.norm_in(x)
        if self.dropout is not None:
            x = self.dropout(x)
        return ops.L2Normalize(axis=1)(self.norm_out(self.fc(x)))


def make():
    np.random.seed(37629)
    return EmbeddingNeck(NeckConfig()), (Tensor(np.random.randn(4, NeckConfig.in_features).astype(np.float32)),)
