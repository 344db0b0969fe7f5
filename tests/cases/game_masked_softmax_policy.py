# case: policy/value net that masks illegal moves with ops.where(-1e9) before softmax instead of dropping them -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyValueNet(nn.Cell):
    def __init__(self, board_cells=9, hidden=32):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(board_cells * 2, hidden), nn.ReLU()])
        self.policy_head = nn.Dense(hidden, board_cells)
        self.value_head = nn.Dense(hidden, 1)

    def construct(self, encoded, legal_mask):
        h = self.trunk(encoded)
        logits = self.policy_head(h)
        logits = ops.where(legal_mask, logits, ops.full_like(logits, -1e9))
        policy = ops.softmax(logits, -1)
        value = ops.tanh(self.value_head(h))
        return policy, value


def make():
    np.random.seed(20)
    board = np.random.choice([-1, 0, 1], size=(4, 9))
    encoded = np.concatenate([(board == 1), (board == -1)], axis=1).astype(np.float32)
    return PolicyValueNet(), (Tensor(encoded), Tensor(board == 0))
