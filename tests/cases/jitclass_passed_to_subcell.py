# case: jit_class options object created (from constants) in the outer construct and passed as an argument to a sub-Cell call that reads its fields -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Options:
    def __init__(self, temperature, use_softmax):
        self.temperature = temperature
        self.use_softmax = use_softmax


class Scorer(nn.Cell):
    def construct(self, logits, opts):
        z = logits / opts.temperature
        if opts.use_softmax:
            z = ops.softmax(z, axis=-1)
        return z


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 5)
        self.scorer = Scorer()

    def construct(self, x):
        opts = Options(0.7, True)
        return self.scorer(self.fc(x), opts)


def make():
    return Model(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
