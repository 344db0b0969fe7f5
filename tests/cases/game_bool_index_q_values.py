# case: value network scores every move, then boolean-mask indexing q[legal] keeps only the legal ones and takes the best -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNetwork(nn.Cell):
    def __init__(self, board_cells=16, hidden=32):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(board_cells, hidden), nn.ReLU(), nn.Dense(hidden, board_cells)])

    def construct(self, board):
        return self.body(board)


class GreedyLegalQ(nn.Cell):
    def __init__(self):
        super().__init__()
        self.q_net = QNetwork()

    def construct(self, board, legal):
        q = self.q_net(board)
        legal_q = q[legal]
        best = legal_q.max()
        return best, legal_q


def make():
    np.random.seed(8)
    board = Tensor(np.random.choice([-1.0, 0.0, 1.0], size=(16,)).astype(np.float32))
    legal = Tensor(board.asnumpy() == 0)
    return GreedyLegalQ(), (board, legal)
