# case: construct iterates over a generator helper that yields sub-blocks of the input; yield is not supported in graph functions, expect an error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def chunks(x, n):
    step = x.shape[0] // n
    for i in range(n):
        yield x[i * step:(i + 1) * step]


class ChunkMax(nn.Cell):
    def construct(self, x):
        outs = []
        for c in chunks(x, 2):
            outs.append(c.max(axis=0))
        return ops.stack(outs)


def make():
    return ChunkMax(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
