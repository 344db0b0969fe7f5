# case: Kalman predict that resets the covariance when its trace diverges, tensor-valued if whose branches keep identical shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuardedPredict(nn.Cell):
    def __init__(self, dt=1.0, max_trace=100.0, init_var=1.0):
        super().__init__()
        F = np.eye(4, dtype=np.float32)
        F[0, 2] = F[1, 3] = dt
        self.F = Tensor(F)
        self.max_trace = max_trace
        self.P0 = Tensor(np.eye(4, dtype=np.float32) * init_var)

    def predict(self, x, P):
        return ops.matmul(self.F, x), ops.matmul(ops.matmul(self.F, P), self.F.T)

    def construct(self, x, P):
        x, P = self.predict(x, P)
        if ops.trace(P) > self.max_trace:
            P = self.P0
        else:
            P = P + self.P0 * 0.01
        return x, P


def make():
    np.random.seed(37)
    x = Tensor(np.random.rand(4).astype(np.float32))
    P = Tensor(np.eye(4, dtype=np.float32) * 30)
    return GuardedPredict(), (x, P)
