# case: optimizer helper returns a plain Python AdamMoments object (no jit_class) built from tensors inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


class AdamMoments:
    def __init__(self, m, v):
        self.m = m
        self.v = v


class TinyAdam(nn.Cell):
    def __init__(self, params, lr=1e-2, b1=0.9, b2=0.99, eps=1e-8):
        super().__init__()
        self.parameters = ParameterTuple(params)
        self.ms = self.parameters.clone(prefix="m", init="zeros")
        self.vs = self.parameters.clone(prefix="v", init="zeros")
        self.lr, self.b1, self.b2, self.eps = lr, b1, b2, eps

    def moments(self, m, v, g):
        return AdamMoments(self.b1 * m + (1 - self.b1) * g, self.b2 * v + (1 - self.b2) * g * g)

    def construct(self, grads):
        for p, m, v, g in zip(self.parameters, self.ms, self.vs, grads):
            st = self.moments(m, v, g)
            ops.assign(m, st.m)
            ops.assign(v, st.v)
            ops.assign_sub(p, self.lr * st.m / (ops.sqrt(st.v) + self.eps))
        return True


def make():
    np.random.seed(38)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = TinyAdam(net.trainable_params())
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.random.randn(3, 2).astype(np.float32))
    return nn.TrainOneStepCell(net, opt), (x, y)
