# case: move generator emits a padded move list; the policy slices logits[:num_moves] with num_moves passed as a tensor -> slice bound from a tensor value is dynamic or an error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveScorer(nn.Cell):
    def __init__(self, feature_dim=12, max_moves=20):
        super().__init__()
        self.embed = nn.Dense(feature_dim, 16)
        self.score = nn.Dense(16, 1)
        self.max_moves = max_moves

    def construct(self, move_features, num_moves):
        h = ops.relu(self.embed(move_features))
        logits = self.score(h).squeeze(-1)
        logits = logits[:num_moves]
        return ops.log_softmax(logits, -1)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(20, 12).astype(np.float32))
    num_moves = Tensor(13, ms.int32)
    return MoveScorer(), (feats, num_moves)
