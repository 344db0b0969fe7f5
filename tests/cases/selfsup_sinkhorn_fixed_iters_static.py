# case: SwAV Sinkhorn-Knopp with a config number of iterations in a Python for-range loop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinkhornKnopp(nn.Cell):
    def __init__(self, n_iters=3, epsilon=0.05):
        super().__init__()
        self.n_iters = n_iters
        self.epsilon = epsilon

    def construct(self, scores):
        q = ops.exp(scores / self.epsilon).T
        k, b = q.shape
        q = q / q.sum()
        for _ in range(self.n_iters):
            q = q / q.sum(axis=1, keepdims=True)
            q = q / k
            q = q / q.sum(axis=0, keepdims=True)
            q = q / b
        return (q * b).T


class SwAVHead(nn.Cell):
    def __init__(self, dim=16, n_prototypes=10, temperature=0.1):
        super().__init__()
        self.prototypes = nn.Dense(dim, n_prototypes, has_bias=False)
        self.sinkhorn = SinkhornKnopp()
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def construct(self, z1, z2):
        s1 = self.prototypes(self.norm(z1))
        s2 = self.prototypes(self.norm(z2))
        q1 = ops.stop_gradient(self.sinkhorn(s1))
        q2 = ops.stop_gradient(self.sinkhorn(s2))
        p1 = ops.log_softmax(s1 / self.temperature, axis=1)
        p2 = ops.log_softmax(s2 / self.temperature, axis=1)
        return -0.5 * ((q1 * p2).sum(axis=1) + (q2 * p1).sum(axis=1)).mean()


def make():
    np.random.seed(10)
    z1 = Tensor(np.random.randn(8, 16).astype(np.float32))
    z2 = Tensor(np.random.randn(8, 16).astype(np.float32))
    return SwAVHead(), (z1, z2)
