# case: a Tensor clock stepped by a Tensor attribute, concat growing each pass two lines into the body
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sched(nn.Cell):
    def __init__(self, on_s=2.0, off_s=28.0):
        super().__init__()
        self.period = Tensor(30.0, ms.float32)

    def construct(self, limit):
        out = ops.zeros((1,), ms.float32)
        t = Tensor(0.0, ms.float32)
        while t < limit:
            stamp = ops.reshape(t, (1,))
            stamp = stamp * 1.0
            out = ops.concat((out, stamp))
            t = t + self.period
        return out


def make():
    return Sched(), (Tensor(150.0, ms.float32),)
