# case: a Tensor clock stepped by a Python number attribute computed as a product of defaults
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sched(nn.Cell):
    def __init__(self, on_s=2.0, off_s=28.0):
        super().__init__()
        self.period = on_s * 15

    def construct(self, limit):
        out = ops.zeros((1,), ms.float32)
        t = Tensor(0.0, ms.float32)
        while t < limit:
            out = ops.concat((out, ops.reshape(t, (1,))))
            t = t + self.period
        return out


def make():
    return Sched(), (Tensor(150.0, ms.float32),)
