# case: AlphaZero training loss: value MSE plus policy cross-entropy against MCTS visit targets, wrapped around a small network -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyNet(nn.Cell):
    def __init__(self, board_cells=9, hidden=16):
        super().__init__()
        self.body = nn.Dense(board_cells, hidden)
        self.pi = nn.Dense(hidden, board_cells)
        self.v = nn.Dense(hidden, 1)

    def construct(self, x):
        h = ops.relu(self.body(x))
        return self.pi(h), ops.tanh(self.v(h)).squeeze(-1)


class AlphaZeroLoss(nn.Cell):
    def __init__(self, net, value_weight=1.0):
        super().__init__()
        self.net = net
        self.value_weight = value_weight

    def construct(self, boards, target_pi, target_z):
        logits, value = self.net(boards)
        value_loss = ops.mean((value - target_z) ** 2)
        policy_loss = -ops.mean(ops.sum(target_pi * ops.log_softmax(logits, -1), -1))
        return self.value_weight * value_loss + policy_loss


def make():
    np.random.seed(33)
    boards = Tensor(np.random.choice([-1.0, 0.0, 1.0], size=(8, 9)).astype(np.float32))
    pi = np.random.rand(8, 9).astype(np.float32)
    z = Tensor(np.random.choice([-1.0, 0.0, 1.0], size=(8,)).astype(np.float32))
    return AlphaZeroLoss(TinyNet()), (boards, Tensor(pi / pi.sum(-1, keepdims=True)), z)
