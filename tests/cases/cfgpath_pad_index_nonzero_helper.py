# case: module helper finds padding positions with nonzero and zeroes them via scatter -> dynamic shape at line 10
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_TOKEN_ID = 0


def padding_positions(input_ids, pad_id=PAD_TOKEN_ID):
    return ops.nonzero(input_ids == pad_id)


class PaddedEmbedding(nn.Cell):
    def __init__(self, vocab_size=32, dim=8, zero_pad=True):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim)
        self.zero_pad = zero_pad

    def construct(self, input_ids):
        emb = self.embedding(input_ids)
        if self.zero_pad:
            pos = padding_positions(input_ids)
            updates = ops.zeros((pos.shape[0], emb.shape[-1]), emb.dtype)
            emb = ops.tensor_scatter_update(emb, pos, updates)
        return emb


def make():
    np.random.seed(2)
    ids = Tensor(np.array([[3, 4, 0, 0], [7, 0, 0, 0]], dtype=np.int32))
    return PaddedEmbedding(), (ids,)
