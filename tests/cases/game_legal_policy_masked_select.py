# case: policy head logits filtered to the legal moves with masked_select before the softmax -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyHead(nn.Cell):
    def __init__(self, channels=8, board_cells=9):
        super().__init__()
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(channels * board_cells, board_cells)

    def construct(self, features):
        return self.fc(self.flatten(features))


class LegalMovePolicy(nn.Cell):
    def __init__(self, channels=8, board_cells=9):
        super().__init__()
        self.head = PolicyHead(channels, board_cells)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, features, legal_mask):
        logits = self.head(features)[0]
        legal_logits = ops.masked_select(logits, legal_mask)
        return self.softmax(legal_logits)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(1, 8, 9).astype(np.float32))
    mask = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0, 1], dtype=np.bool_))
    return LegalMovePolicy(), (feats, mask)
