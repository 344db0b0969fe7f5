# case: counts distinct target squares over a batch of generated moves with ops.unique to build a mobility feature -> unique output size is data dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MobilityFeature(nn.Cell):
    def __init__(self, n_squares=64, embed=8):
        super().__init__()
        self.square_emb = nn.Embedding(n_squares, embed)
        self.proj = nn.Dense(embed, 1)

    def construct(self, move_to):
        squares, _ = ops.unique(move_to)
        emb = self.square_emb(squares)
        mobility = self.proj(emb).sum()
        return ops.tanh(mobility)


def make():
    np.random.seed(5)
    move_to = Tensor(np.random.randint(0, 64, size=(40,)).astype(np.int32))
    return MobilityFeature(), (move_to,)
