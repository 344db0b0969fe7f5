# case: material evaluation that finds the distinct piece codes on the board with ops.unique and weights them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaterialEval(nn.Cell):
    def __init__(self, num_piece_codes=5):
        super().__init__()
        values = np.array([0.0, 1.0, 3.0, 5.0, 9.0], dtype=np.float32)[:num_piece_codes]
        self.piece_values = ms.Parameter(Tensor(values), name="piece_values", requires_grad=False)

    def construct(self, board):
        flat = board.reshape(-1)
        codes, inverse = ops.unique(flat)
        present_values = ops.gather(self.piece_values, codes, 0)
        counts = ops.gather(present_values, inverse, 0)
        return present_values.sum(), counts.sum()


def make():
    np.random.seed(7)
    board = Tensor(np.random.choice([0, 1, 1, 3, 4], size=(6, 6)).astype(np.int32))
    return MaterialEval(), (board,)
