# case: a padding mask built by comparing arange(lengths.max()) with the lengths; its width (mask.shape[1]) then cuts the token ids -> dynamic at the arange and at the cut
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(40, 8)

    def construct(self, tokens, lengths):
        ids = ops.arange(0, lengths.max(), 1, dtype=lengths.dtype)
        mask = (ids[None, :] < lengths[:, None]).astype(ms.float32)
        h = self.embed(tokens[:, :mask.shape[1]])
        return h * mask[:, :, None]


def make():
    np.random.seed(2)
    return Encoder(), (Tensor(np.random.randint(0, 40, size=(3, 16)).astype(np.int32)),
                       Tensor(np.array([16, 11, 7], np.int32)))
