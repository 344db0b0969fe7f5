# case: chooses the best square with argmax(...).item() and returns (row, col) as Python ints computed with divmod -> .item() host conversion in construct is limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyMoveCoords(nn.Cell):
    def __init__(self, board_size=6):
        super().__init__()
        self.board_size = board_size
        self.head = nn.Dense(board_size * board_size, board_size * board_size)

    def construct(self, board):
        scores = self.head(board.reshape(1, -1)).reshape(-1)
        scores = ops.where(board.reshape(-1) == 0, scores, ops.full_like(scores, -1e9))
        best = ops.argmax(scores).item()
        row, col = divmod(best, self.board_size)
        return row, col


def make():
    np.random.seed(42)
    board = Tensor(np.random.choice([-1.0, 0.0, 1.0], size=(6, 6)).astype(np.float32))
    return GreedyMoveCoords(), (board,)
