# case: setitem with a boolean tensor mask (h[pad] = 0.0) on embeddings; shape preserved, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class MaskedEmbed(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 8)

    def construct(self, ids):
        h = self.embed(ids)
        pad = ids == PAD_ID
        h[pad] = 0.0
        return h.sum(axis=1)


def make():
    ids = Tensor(np.array([[1, 2, 0, 0], [3, 0, 0, 0]], np.int32))
    return MaskedEmbed(), (ids,)
