# case: counts repeated positions in a trajectory by putting int(hash tensor) values into a Python set inside construct -> set of host ints from tensor values fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionDetector(nn.Cell):
    def __init__(self, board_cells=9, num_steps=6, draw_penalty=0.5):
        super().__init__()
        self.num_steps = num_steps
        self.draw_penalty = draw_penalty
        self.zobrist = Tensor(np.random.RandomState(1).randint(1, 997, board_cells).astype(np.int32))

    def position_hash(self, board):
        return (board * self.zobrist).sum()

    def construct(self, trajectory, value):
        seen = set()
        repeats = 0
        for i in range(self.num_steps):
            h = int(self.position_hash(trajectory[i]))
            if h in seen:
                repeats += 1
            seen.add(h)
        return value - self.draw_penalty * repeats


def make():
    np.random.seed(40)
    boards = np.random.randint(0, 3, (6, 9)).astype(np.int32)
    boards[4] = boards[1]
    return RepetitionDetector(), (Tensor(boards), Tensor(0.3, ms.float32))
