# case: packs an event stream into a COOTensor event frame inside construct and densifies it -> may error in Graph mode (sparse tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseEventFrame(nn.Cell):
    def __init__(self, h=8, w=8):
        super().__init__()
        self.shape = (h, w)

    def construct(self, coords, polarity):
        vals = polarity.astype(ms.float32) * 2.0 - 1.0
        frame = COOTensor(coords, vals, self.shape)
        dense = frame.to_dense()
        return ops.relu(dense), ops.relu(-dense)


def make():
    np.random.seed(20)
    coords = np.unique(np.random.randint(0, 8, (20, 2)), axis=0).astype(np.int32)
    pol = np.random.randint(0, 2, coords.shape[0]).astype(np.int32)
    return SparseEventFrame(), (Tensor(coords), Tensor(pol))
