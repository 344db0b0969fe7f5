# case: scan the possession sequence in a while loop to find the longest spell, then slice the ball track with the found start/end tensors -> tensor-valued slice bounds in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongestSpell(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, team_seq, ball_xy):
        n = team_seq.shape[0]
        best_start = Tensor(0, ms.int32)
        best_len = Tensor(1, ms.int32)
        start = Tensor(0, ms.int32)
        i = 1
        while i < n:
            if team_seq[i] != team_seq[i - 1]:
                start = Tensor(i, ms.int32)
            cur_len = i - start + 1
            if cur_len > best_len:
                best_len = cur_len
                best_start = start
            i += 1
        return ball_xy[best_start:best_start + best_len]


def make():
    np.random.seed(24)
    seq = np.repeat(np.random.randint(0, 2, 6), np.random.randint(1, 5, 6)).astype(np.int32)
    ball = np.cumsum(np.random.randn(seq.shape[0], 2), axis=0).astype(np.float32)
    return LongestSpell(), (Tensor(seq), Tensor(ball))
