# case: PGN feature extractor mean-pools move embeddings using a padding mask multiplied in, divided by the clipped ply count -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 1968


class GameEncoder(nn.Cell):
    def __init__(self, dim=32, max_plies=120):
        super().__init__()
        self.move_emb = nn.Embedding(VOCAB, dim, padding_idx=0)
        self.ply_pos = nn.Embedding(max_plies, dim)
        self.out = nn.Dense(dim, 3)
        self.positions = Tensor(np.arange(max_plies, dtype=np.int32))

    def construct(self, move_ids):
        mask = (move_ids > 0).astype(ms.float32)
        emb = self.move_emb(move_ids) + self.ply_pos(self.positions)
        summed = (emb * mask.expand_dims(-1)).sum(axis=1)
        count = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        return ops.softmax(self.out(summed / count), axis=-1)


def make():
    np.random.seed(9)
    moves = np.zeros((4, 120), dtype=np.int32)
    for g, n in enumerate([57, 80, 23, 119]):
        moves[g, :n] = np.random.randint(1, VOCAB, size=n)
    return GameEncoder(), (Tensor(moves),)
