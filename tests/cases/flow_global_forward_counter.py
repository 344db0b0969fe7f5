# case: flow module bumping a module-level global call counter in construct to decide when to refresh actnorm statistics -> global statement mutated inside graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

N_FORWARD = 0
REFRESH_EVERY = 100


class ActNormFlow(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.loc = Parameter(Tensor(np.zeros((1, dim), np.float32)), name="loc")
        self.logs = Parameter(Tensor(np.zeros((1, dim), np.float32)), name="logs")

    def construct(self, x):
        global N_FORWARD
        N_FORWARD += 1
        if N_FORWARD % REFRESH_EVERY == 1:
            ops.assign(self.loc, -x.mean(axis=0, keep_dims=True))
            ops.assign(self.logs, -ops.log(x.std(axis=0, keepdims=True) + 1e-6))
        y = (x + self.loc) * ops.exp(self.logs)
        return y, ops.broadcast_to(self.logs.sum(), (x.shape[0],))


def make():
    np.random.seed(26)
    x = Tensor((np.random.randn(10, 3) * 4 + 2).astype(np.float32))
    return ActNormFlow(3), (x,)
