# case: simulate filling a surge bin from conveyor chunks until a tonnage target, appending each chunk to a list inside a while loop on a tensor condition -> loop count and list length come from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurgeBinFill(nn.Cell):
    def __init__(self, bin_capacity_t=500.0):
        super().__init__()
        self.capacity = bin_capacity_t

    def construct(self, chunk_tonnes):
        filled = ops.zeros((), ms.float32)
        i = 0
        accepted = []
        while filled < self.capacity:
            chunk = chunk_tonnes[i]
            filled = filled + chunk
            accepted.append(chunk)
            i = i + 1
        return ops.stack(accepted), filled


def make():
    np.random.seed(81)
    chunks = np.random.uniform(40.0, 90.0, size=(30,)).astype(np.float32)
    return SurgeBinFill(), (Tensor(chunks),)
