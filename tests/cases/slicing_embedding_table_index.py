# case: embedding lookup by indexing a Parameter table with a 2-D token-id tensor (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TiedEmbedding(nn.Cell):
    def __init__(self, vocab=12, dim=4):
        super().__init__()
        self.table = Parameter(Tensor(np.random.randn(vocab, dim).astype(np.float32)), name="table")

    def construct(self, token_ids):
        emb = self.table[token_ids]  # (B, T, D)
        logits = ops.matmul(emb, self.table.T)
        return logits


def make():
    return TiedEmbedding(), (Tensor(np.array([[1, 2, 3], [4, 0, 11]], np.int32)),)
