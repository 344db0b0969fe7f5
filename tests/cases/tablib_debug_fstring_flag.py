# case: numerical tokenizer with a config.debug flag (default False, never set) guarding print of an f-string with tensor stats -> Graph mode compiles statically since the branch is dropped
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TokenizerConfig:
    def __init__(self, n_num_features=5, d_token=6, debug=False):
        self.n_num_features = n_num_features
        self.d_token = d_token
        self.debug = debug


class PeriodicNumericalEmbedding(nn.Cell):
    """PLR-style periodic embedding for numerical features."""

    def __init__(self, config, sigma=0.5):
        super().__init__()
        self.debug = config.debug
        n, k = config.n_num_features, config.d_token // 2
        self.coef = Parameter(Tensor(np.random.randn(n, k).astype(np.float32) * sigma), name="coef")
        self.proj = nn.Dense(2 * k, config.d_token)

    def construct(self, x_num):
        v = 2 * np.pi * self.coef[None] * x_num[..., None]
        feats = ops.cat([ops.cos(v), ops.sin(v)], axis=-1)
        if self.debug:
            print(f"periodic features: shape={feats.shape} max={feats.max().asnumpy():.3f}")
        return ops.relu(self.proj(feats))


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return PeriodicNumericalEmbedding(TokenizerConfig()), (x,)
