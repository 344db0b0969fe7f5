# case: recurrent linear attention that stores the running key-value state on self inside construct between steps -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentLinearAttention(nn.Cell):
    def __init__(self, dim=8, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.to_q = nn.Dense(dim, dim)
        self.to_k = nn.Dense(dim, dim)
        self.to_v = nn.Dense(dim, dim)
        self.kv_state = Tensor(np.zeros((dim, dim), np.float32))
        self.k_state = Tensor(np.zeros((dim,), np.float32))

    @staticmethod
    def feature_map(x):
        return ops.elu(x) + 1.0

    def construct(self, x_t):
        q = self.feature_map(self.to_q(x_t))
        k = self.feature_map(self.to_k(x_t))
        v = self.to_v(x_t)
        self.kv_state = self.kv_state + ops.matmul(k.T, v)
        self.k_state = self.k_state + k.sum(0)
        num = ops.matmul(q, self.kv_state)
        den = ops.matmul(q, self.k_state.reshape(-1, 1)) + self.eps
        return num / den


def make():
    np.random.seed(7)
    x_t = Tensor(np.random.randn(1, 8).astype(np.float32))
    return RecurrentLinearAttention(), (x_t,)
