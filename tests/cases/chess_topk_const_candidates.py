# case: policy head keeps a fixed number of candidate moves (top 8 from config) for search expansion -> constant k, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyHead(nn.Cell):
    def __init__(self, channels=16, n_moves=64):
        super().__init__()
        self.conv = nn.Conv2d(channels, 2, 1, has_bias=True)
        self.bn = nn.BatchNorm2d(2)
        self.fc = nn.Dense(2 * 8 * 8, n_moves)

    def construct(self, x):
        h = ops.relu(self.bn(self.conv(x)))
        return self.fc(h.reshape(h.shape[0], -1))


class CandidateSelector(nn.Cell):
    def __init__(self, n_candidates=8):
        super().__init__()
        self.policy = PolicyHead()
        self.n_candidates = n_candidates

    def construct(self, board, legal_mask):
        logits = self.policy(board)
        logits = logits + (legal_mask.astype(ms.float32) - 1.0) * 1e4
        scores, moves = ops.topk(logits, self.n_candidates)
        return ops.softmax(scores, axis=-1), moves


def make():
    np.random.seed(10)
    board = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    legal = Tensor(np.random.rand(2, 64) > 0.5)
    net = CandidateSelector()
    net.set_train(False)
    return net, (board, legal)
