# case: position ids from a padding mask with mask.cumsum(dim=1), as HF-ported models do
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionIds(nn.Cell):
    def __init__(self, pad_id=0, max_pos=16, dim=4):
        super().__init__()
        self.pad_id = pad_id
        self.embed = nn.Embedding(max_pos, dim)

    def construct(self, ids):
        mask = (ids != self.pad_id).astype(ms.int32)
        pos = mask.cumsum(dim=1) * mask
        return self.embed(pos)


def make():
    return PositionIds(), (Tensor(np.array([[5, 3, 0, 0], [2, 2, 2, 0]], np.int32)),)
