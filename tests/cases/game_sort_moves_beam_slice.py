# case: sorts all move scores descending with ops.sort and keeps a beam of fixed width by slicing with a constructor constant -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveOrdering(nn.Cell):
    def __init__(self, beam_width=4, history_weight=0.1):
        super().__init__()
        self.beam_width = beam_width
        self.history_weight = history_weight

    def construct(self, static_eval, history_scores, legal):
        scores = static_eval + self.history_weight * history_scores
        scores = ops.where(legal, scores, ops.full_like(scores, -1e9))
        sorted_scores, order = ops.sort(scores, axis=-1, descending=True)
        return sorted_scores[:, :self.beam_width], order[:, :self.beam_width]


def make():
    np.random.seed(37)
    ev = Tensor(np.random.randn(3, 12).astype(np.float32))
    hist = Tensor(np.random.rand(3, 12).astype(np.float32) * 10)
    legal = Tensor(np.random.rand(3, 12) > 0.25)
    return MoveOrdering(), (ev, hist, legal)
