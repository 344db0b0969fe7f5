# case: builds a Python set of pen ids from a tensor of detections to count occupied pens -> set of tensor items in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupiedPens(nn.Cell):
    def __init__(self, total_pens=6):
        super().__init__()
        self.total_pens = total_pens

    def construct(self, pen_ids):
        seen = set()
        for i in range(pen_ids.shape[0]):
            seen.add(int(pen_ids[i]))
        occupied = len(seen)
        return Tensor(occupied / self.total_pens, ms.float32)


def make():
    np.random.seed(35)
    pen_ids = Tensor(np.random.randint(0, 6, size=(10,)).astype(np.int32))
    return OccupiedPens(), (pen_ids,)
