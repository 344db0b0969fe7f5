# case: policy head keeps the top-k candidate moves where k is the number of legal moves read from the position tensor -> top-k size from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyHead(nn.Cell):
    def __init__(self, channels=16, n_moves=64):
        super().__init__()
        self.conv = nn.Conv2d(channels, 2, 1, has_bias=True)
        self.fc = nn.Dense(2 * 8 * 8, n_moves)

    def construct(self, x):
        h = ops.relu(self.conv(x))
        return self.fc(h.reshape(h.shape[0], -1))


class CandidateSelector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.policy = PolicyHead()

    def construct(self, board, legal_count):
        logits = self.policy(board)
        k = int(legal_count[0])
        best_scores, best_moves = ops.topk(logits[0], k)
        return ops.softmax(best_scores, axis=0), best_moves


def make():
    np.random.seed(1)
    board = Tensor(np.random.randn(1, 16, 8, 8).astype(np.float32))
    legal_count = Tensor(np.array([12], dtype=np.int32))
    return CandidateSelector(), (board, legal_count)
