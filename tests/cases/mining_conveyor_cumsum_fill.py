# case: find how many conveyor chunks fill a surge bin using cumsum and a comparison count instead of a loop -> fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurgeBinFillVectorised(nn.Cell):
    def __init__(self, bin_capacity_t=500.0):
        super().__init__()
        self.capacity = bin_capacity_t

    def construct(self, chunk_tonnes):
        cum = ops.cumsum(chunk_tonnes, axis=0)
        before = cum - chunk_tonnes
        accepted_mask = (before < self.capacity).astype(ms.float32)
        accepted = chunk_tonnes * accepted_mask
        n_chunks = accepted_mask.sum()
        return accepted, accepted.sum(), n_chunks


def make():
    np.random.seed(82)
    chunks = np.random.uniform(40.0, 90.0, size=(30,)).astype(np.float32)
    return SurgeBinFillVectorised(), (Tensor(chunks),)
