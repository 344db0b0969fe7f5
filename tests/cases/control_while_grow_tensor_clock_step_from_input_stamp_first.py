# case: a Tensor clock stepped by a share of the input limit (data), concat growing each pass two lines into the body (depth limit)
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sched(nn.Cell):
    def __init__(self, on_s=2.0, off_s=28.0):
        super().__init__()
        self.period = on_s + off_s

    def construct(self, limit):
        out = ops.zeros((1,), ms.float32)
        t = Tensor(0.0, ms.float32)
        while t < limit:
            stamp = ops.reshape(t, (1,))
            stamp = stamp * 1.0
            out = ops.concat((out, stamp))
            t = t + limit * 0.1
        return out


def make():
    return Sched(), (Tensor(150.0, ms.float32),)
