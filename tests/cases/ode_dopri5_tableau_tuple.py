# case: Dormand-Prince 5(4) step with Butcher tableau stored as nested Python tuples, stages built in a constant loop, embedded error returned -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DOPRI_A = (
    (),
    (1 / 5,),
    (3 / 40, 9 / 40),
    (44 / 45, -56 / 15, 32 / 9),
    (19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729),
    (9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656),
)
DOPRI_B = (35 / 384, 0.0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84)
DOPRI_E = (71 / 57600, 0.0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525)


class Dopri5Step(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def f(self, y):
        return ops.tanh(self.fc(y))

    def construct(self, y, h):
        ks = []
        for row in DOPRI_A:
            yi = y
            for a, k in zip(row, ks):
                yi = yi + h * a * k
            ks.append(self.f(yi))
        y_new = y
        err = ops.zeros_like(y)
        for b, e, k in zip(DOPRI_B, DOPRI_E, ks):
            y_new = y_new + h * b * k
            err = err + h * e * k
        return y_new, ops.sqrt(ops.reduce_mean(err * err))


def make():
    np.random.seed(41)
    y = Tensor(np.random.randn(3, 4).astype(np.float32))
    return Dopri5Step(), (y, Tensor(0.1, ms.float32))
