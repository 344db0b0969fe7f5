# case: PGN feature extractor trims the padded move sequence to the real game length stored in a tensor (x[:n_plies]) before averaging -> slice length from data, dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 1968  # UCI move vocabulary


class GameEncoder(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.move_emb = nn.Embedding(VOCAB, dim)
        self.out = nn.Dense(dim, 3)  # white win / draw / black win

    def construct(self, move_ids, n_plies):
        emb = self.move_emb(move_ids)
        played = emb[:n_plies]
        pooled = played.mean(axis=0)
        return ops.softmax(self.out(pooled), axis=-1)


def make():
    np.random.seed(8)
    moves = np.zeros((120,), dtype=np.int32)
    moves[:57] = np.random.randint(1, VOCAB, size=57)
    return GameEncoder(), (Tensor(moves), Tensor(57, ms.int32))
