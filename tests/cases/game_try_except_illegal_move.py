# case: apply_move wraps the occupancy check in try/except ValueError and falls back to a pass move -> try/except is not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApplyMove(nn.Cell):
    def __init__(self, board_size=4, player=1.0):
        super().__init__()
        self.board_size = board_size
        self.player = player

    def check_empty(self, board, move):
        if board[move] != 0:
            raise ValueError("square already occupied")
        return move

    def construct(self, board, move):
        try:
            move = self.check_empty(board, move)
            update = ops.one_hot(move, self.board_size * self.board_size,
                                 Tensor(self.player, ms.float32), Tensor(0.0, ms.float32))
        except ValueError:
            update = ops.zeros_like(board)
        return board + update


def make():
    np.random.seed(13)
    board = np.zeros(16, dtype=np.float32)
    board[[0, 5, 10]] = [1.0, -1.0, 1.0]
    return ApplyMove(), (Tensor(board), Tensor(6, ms.int32))
