# case: value lookup that caches evaluations in a module-level transposition table keyed by int(zobrist hash tensor) -> global dict state and int(tensor) fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRANSPOSITION_TABLE = {}


class CachedEvaluator(nn.Cell):
    def __init__(self, board_cells=9):
        super().__init__()
        self.value_fc = nn.Dense(board_cells, 1)
        keys = np.random.RandomState(0).randint(1, 1000, size=(board_cells,)).astype(np.int32)
        self.zobrist = Tensor(keys)

    def board_hash(self, board):
        return (board.astype(ms.int32) * self.zobrist).sum()

    def construct(self, board):
        key = int(self.board_hash(board))
        if key in TRANSPOSITION_TABLE:
            return TRANSPOSITION_TABLE[key]
        value = ops.tanh(self.value_fc(board.reshape(1, -1))).reshape(())
        TRANSPOSITION_TABLE[key] = value
        return value


def make():
    np.random.seed(12)
    board = Tensor(np.random.choice([0.0, 1.0, 2.0], size=(9,)).astype(np.float32))
    return CachedEvaluator(), (board,)
