# case: evaluator returns the scalar game outcome if the board tensor says the game is over, else the 9-way policy -> tensor if whose branches return different shapes fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TicTacToeEvaluator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.policy = nn.Dense(9, 9)
        lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]
        self.lines = Tensor(np.array(lines, dtype=np.int32))

    def line_sums(self, board):
        return ops.gather(board, self.lines.reshape(-1), 0).reshape(8, 3).sum(-1)

    def construct(self, board):
        sums = self.line_sums(board)
        if ops.abs(sums).max() == 3:
            outcome = ops.sign(sums[ops.argmax(ops.abs(sums))])
            return outcome.reshape(1)
        return ops.softmax(self.policy(board.reshape(1, 9)), -1).reshape(9)


def make():
    np.random.seed(15)
    board = Tensor(np.array([1, 1, 1, -1, -1, 0, 0, 0, 0], dtype=np.float32))
    return TicTacToeEvaluator(), (board,)
