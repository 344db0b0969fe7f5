# case: a sub-Cell's construct runs its embedding under a home-made RNG-fork context manager; the parent calls the sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RngTracer:
    def fork(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


TRACER = RngTracer()


class Embedding(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)
        self.dropout = nn.Dropout(p=0.1)

    def construct(self, x):
        h = self.fc(x)
        with TRACER.fork():
            h = self.dropout(h)
        return h


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embedding = Embedding()

    def construct(self, x):
        e = self.embedding(x)
        return e * 2.0


def make():
    np.random.seed(0)
    return Model(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
