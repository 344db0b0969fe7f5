# case: pooling Cell keeps its candidate axes in a class-body tuple and picks one with int() of an argmax, then reduces over it -> dynamic where the reduction's result is first used
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AxisPool(nn.Cell):
    AXES = (1, 2)

    def construct(self, x):
        score = ops.stack([x.var(axis=1).mean(), x.var(axis=2).mean()])
        axis = self.AXES[int(score.argmax())]
        pooled = x.mean(axis=axis)
        return pooled.sum(-1)


def make():
    return AxisPool(), (Tensor(np.random.RandomState(5).rand(2, 4, 6).astype(np.float32)),)
