# case: non-causal linear attention selecting its feature map (elu+1, relu, softmax-kernel) from a config string and computing the K^T V summary -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureMap(nn.Cell):
    def __init__(self, kind="elu"):
        super().__init__()
        if kind not in ("elu", "relu", "exp"):
            raise ValueError("unknown feature map " + kind)
        self.kind = kind

    def construct(self, x):
        if self.kind == "elu":
            return ops.elu(x) + 1.0
        if self.kind == "relu":
            return ops.relu(x) + 1e-4
        return ops.exp(x - x.max(axis=-1, keepdims=True))


class LinearAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=4, feature_map="elu", eps=1e-6):
        super().__init__()
        self.num_heads = num_heads
        self.eps = eps
        self.phi = FeatureMap(feature_map)
        self.to_qkv = nn.Dense(dim, dim * 3, has_bias=False)
        self.to_out = nn.Dense(dim, dim)

    def construct(self, x):
        b, n, d = x.shape
        h = self.num_heads
        q, k, v = [t.reshape(b, n, h, d // h).transpose(0, 2, 1, 3) for t in ops.split(self.to_qkv(x), d, axis=-1)]
        q, k = self.phi(q), self.phi(k)
        kv = ops.matmul(k.swapaxes(-1, -2), v)
        z = 1.0 / (ops.matmul(q, k.sum(axis=2).expand_dims(-1)) + self.eps)
        out = ops.matmul(q, kv) * z
        return self.to_out(out.transpose(0, 2, 1, 3).reshape(b, n, d))


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    return LinearAttention(feature_map="relu"), (x,)
