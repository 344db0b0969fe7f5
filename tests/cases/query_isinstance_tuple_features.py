# case: feature fuser that accepts either one token-feature tensor or a tuple of (token, char) features and branches with isinstance -> type guard resolved at compile time, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureFuser(nn.Cell):
    def __init__(self, tok_dim=10, char_dim=6, out_dim=8):
        super().__init__()
        self.tok_only = nn.Dense(tok_dim, out_dim)
        self.fused = nn.Dense(tok_dim + char_dim, out_dim)

    def construct(self, features):
        if isinstance(features, tuple):
            tok, char = features
            return ops.relu(self.fused(ops.concat((tok, char), axis=-1)))
        return ops.relu(self.tok_only(features))


def make():
    np.random.seed(40)
    tok = np.random.randn(4, 10).astype(np.float32)
    char = np.random.randn(4, 6).astype(np.float32)
    return FeatureFuser(), ((Tensor(tok), Tensor(char)),)
