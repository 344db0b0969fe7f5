# case: match predictor slices per-round stats up to the number of rounds actually played, given as a tensor scalar -> slice bound from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoundAggregator(nn.Cell):
    def __init__(self, round_dim=6):
        super().__init__()
        self.round_proj = nn.Dense(round_dim, 4)
        self.out = nn.Dense(4, 2)

    def construct(self, round_stats, rounds_played):
        played = round_stats[:rounds_played]
        h = ops.tanh(self.round_proj(played))
        pooled = h.mean(axis=0)
        return ops.softmax(self.out(pooled.reshape(1, -1)), axis=-1)


def make():
    np.random.seed(5)
    rounds = Tensor(np.random.randn(30, 6).astype(np.float32))
    played = Tensor(19, ms.int32)
    return RoundAggregator(6), (rounds, played)
