# case: a pipeline Cell hands each micro-batcher its Python index and the inputs as *inputs; the micro-batcher slices the sequence at that index -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MicroBatch(nn.Cell):
    def __init__(self, parts=2):
        super().__init__()
        self.parts = parts

    def construct(self, i, scale, *inputs):
        out = ()
        for x in inputs:
            step = x.shape[1] // self.parts
            out += (x[:, i * step:(i + 1) * step] * scale,)
        return out


class Pipeline(nn.Cell):
    def __init__(self, parts=2):
        super().__init__()
        self.parts = parts
        self.micro = nn.CellList([MicroBatch(parts) for _ in range(parts)])

    def construct(self, *inputs):
        total = 0.0
        for i in range(self.parts):
            a, b = self.micro[i](i, 0.5, *inputs)
            total = total + (a * b).sum()
        return total


def make():
    np.random.seed(71)
    return Pipeline(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(np.random.rand(2, 8).astype(np.float32)))
