# case: splits the policy output into board moves and the pass move using sizes read from logits.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoPolicySplit(nn.Cell):
    def __init__(self, in_features=20, board_size=4):
        super().__init__()
        self.fc = nn.Dense(in_features, board_size * board_size + 1)

    def construct(self, features):
        logits = self.fc(features)
        num_actions = logits.shape[-1]
        board_logits = logits[:, :num_actions - 1]
        pass_logit = logits[:, num_actions - 1:]
        side = int(round((num_actions - 1) ** 0.5))
        board_probs = ops.softmax(board_logits, -1).reshape(-1, side, side)
        return board_probs, ops.sigmoid(pass_logit)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(3, 20).astype(np.float32))
    return GoPolicySplit(), (feats,)
