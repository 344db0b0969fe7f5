# case: causal linear attention (elu+1 feature map, cumsum state) that raises ValueError when the normaliser contains NaN (tensor condition) -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def elu_feature_map(x):
    return ops.elu(x) + 1.0


class CausalLinearAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, eps=1e-6, check_numerics=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.eps = eps
        self.check_numerics = check_numerics
        self.qkv = nn.Dense(dim, 3 * dim, has_bias=False)

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = elu_feature_map(qkv[0]), elu_feature_map(qkv[1]), qkv[2]
        kv = ops.cumsum(k.expand_dims(-1) * v.expand_dims(-2), axis=2)
        k_sum = ops.cumsum(k, axis=2)
        num = (q.expand_dims(-1) * kv).sum(axis=-2)
        den = (q * k_sum).sum(axis=-1, keepdims=True) + self.eps
        if self.check_numerics:
            if ops.isnan(den).any():
                raise ValueError("linear attention normaliser is NaN")
        out = (num / den).transpose(0, 2, 1, 3).reshape(b, s, d)
        return out


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return CausalLinearAttention(), (x,)
