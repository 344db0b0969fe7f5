# case: simulates until no neuron fires, appending spike maps to a list in a tensor-conditioned while loop -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelfSustainedActivity(nn.Cell):
    def __init__(self, n=10, max_steps=20, leak=0.7):
        super().__init__()
        np.random.seed(3)
        self.w_rec = Tensor(np.random.rand(n, n).astype(np.float32) * 0.3)
        self.max_steps = max_steps
        self.leak = leak

    def construct(self, v0):
        v = v0
        s = (v >= 1.0).astype(ms.float32)
        history = []
        step = 0
        while s.sum() > 0 and step < self.max_steps:
            history.append(s)
            v = self.leak * v * (1.0 - s) + ops.matmul(s, self.w_rec)
            s = (v >= 1.0).astype(ms.float32)
            step += 1
        if len(history) == 0:
            return ops.zeros((1, v0.shape[0]), ms.float32)
        return ops.stack(history)


def make():
    np.random.seed(3)
    v0 = Tensor((np.random.rand(10) * 1.5).astype(np.float32))
    return SelfSustainedActivity(), (v0,)
