# case: near miss: the padding mask compares arange of a fixed maximum length (a Python int of the Cell) with the lengths; its width cuts the token ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, max_len=16):
        super().__init__()
        self.max_len = max_len
        self.embed = nn.Embedding(40, 8)

    def construct(self, tokens, lengths):
        ids = ops.arange(0, self.max_len, 1, dtype=lengths.dtype)
        mask = (ids[None, :] < lengths[:, None]).astype(ms.float32)
        h = self.embed(tokens[:, :mask.shape[1]])
        return h * mask[:, :, None]


def make():
    np.random.seed(2)
    return Encoder(), (Tensor(np.random.randint(0, 40, size=(3, 16)).astype(np.int32)),
                       Tensor(np.array([16, 11, 7], np.int32)))
