# case: LayerNorm subclass for feature tokens zeroes tokens of missing features by multiplying with the mask after super().construct, shape taken from x.shape -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenNormConfig:
    def __init__(self, d_token=8, eps=1e-5, mask_missing=True):
        self.d_token = d_token
        self.eps = eps
        self.mask_missing = mask_missing


class MaskedTokenLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.d_token,), epsilon=config.eps)
        self.mask_missing = config.mask_missing

    def construct(self, tokens, missing=None):
        b, f, d = tokens.shape
        out = super().construct(tokens.reshape(b * f, d)).reshape(b, f, d)
        if self.mask_missing and missing is not None:
            keep = 1.0 - missing.astype(out.dtype)
            out = out * keep[..., None]
        return out


class TokenBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = MaskedTokenLayerNorm(config)
        self.ffn = nn.SequentialCell([nn.Dense(config.d_token, 2 * config.d_token), nn.ReLU(),
                                      nn.Dense(2 * config.d_token, config.d_token)])

    def construct(self, tokens, missing):
        return tokens + self.ffn(self.norm(tokens, missing))


def make():
    np.random.seed(46)
    tokens = Tensor(np.random.randn(4, 6, 8).astype(np.float32))
    missing = Tensor(np.random.rand(4, 6) < 0.3)
    return TokenBlock(TokenNormConfig()), (tokens, missing)
