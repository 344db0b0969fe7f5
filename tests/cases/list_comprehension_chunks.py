# case: list comprehension over ops.split output filtered by a static index; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvenChunks(nn.Cell):
    def __init__(self, n_chunks=4):
        super().__init__()
        self.n_chunks = n_chunks

    def construct(self, x):
        chunks = ops.split(x, x.shape[-1] // self.n_chunks, axis=-1)
        kept = [c * 2 for i, c in enumerate(chunks) if i % 2 == 0]
        return ops.concat(kept, axis=-1)


def make():
    return EvenChunks(), (Tensor(np.ones((2, 8), np.float32)),)
