# case: NumPy result of asnumpy wrapped in Tensor() inside the op expression
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, sim):
        lse = np.exp(sim.asnumpy())
        out = Tensor(lse) - sim
        return out.mean()


def make():
    return Net(), (Tensor(np.ones((3, 3), np.float32)),)
