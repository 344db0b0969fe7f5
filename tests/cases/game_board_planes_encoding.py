# case: encodes a piece-code board into one binary plane per piece type with a constant Python loop and feeds a conv layer -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardEncoder(nn.Cell):
    def __init__(self, num_piece_types=4, out_channels=8):
        super().__init__()
        self.num_piece_types = num_piece_types
        self.conv = nn.Conv2d(num_piece_types + 1, out_channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(out_channels)

    def encode(self, board, to_move):
        planes = []
        for piece in range(self.num_piece_types):
            planes.append(ops.equal(board, piece + 1).astype(ms.float32))
        side = ops.ones_like(board).astype(ms.float32) * to_move.reshape(-1, 1, 1)
        planes.append(side)
        return ops.stack(planes, axis=1)

    def construct(self, board, to_move):
        x = self.encode(board, to_move)
        return ops.relu(self.bn(self.conv(x)))


def make():
    np.random.seed(24)
    board = Tensor(np.random.randint(0, 5, (2, 6, 6)).astype(np.int32))
    to_move = Tensor(np.array([1.0, -1.0], dtype=np.float32))
    return BoardEncoder(), (board, to_move)
