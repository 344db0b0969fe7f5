# case: contrastive head keeps embeddings of non-padding tokens with boolean-mask indexing x[mask]; expect dynamic (or error) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenPool(nn.Cell):
    def __init__(self, hidden=8, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.embed = nn.Embedding(20, hidden)

    def construct(self, ids):
        h = self.embed(ids)
        keep = ids != self.pad_id
        tokens = h[keep]
        tokens = ops.L2Normalize(axis=-1)(tokens)
        return tokens.mean(axis=0)


def make():
    ids = np.array([[3, 4, 5, 0, 0], [7, 8, 0, 0, 0]], np.int32)
    return TokenPool(), (Tensor(ids),)
