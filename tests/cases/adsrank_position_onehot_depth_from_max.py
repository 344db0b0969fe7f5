# case: position-bias one-hot features sized by the deepest position seen in the batch (int(positions.max()) + 1) -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionOneHot(nn.Cell):
    def __init__(self, normalize=True):
        super().__init__()
        self.normalize = normalize
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, positions):
        depth = int(positions.max()) + 1
        onehot = ops.one_hot(positions, depth, self.on, self.off)
        if self.normalize:
            onehot = onehot / ops.sqrt(ops.cast(depth, ms.float32))
        return onehot


class PositionAwareScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pos_feat = PositionOneHot()

    def construct(self, base_scores, positions):
        feats = self.pos_feat(positions)
        pos_penalty = feats.sum(axis=-1) * ops.log1p(positions.astype(ms.float32))
        return base_scores - 0.1 * pos_penalty


def make():
    np.random.seed(20)
    scores = Tensor(np.random.randn(2, 5).astype(np.float32))
    pos = Tensor(np.array([[0, 1, 2, 3, 4], [0, 1, 2, 5, 6]], np.int32))
    return PositionAwareScorer(), (scores, pos)
