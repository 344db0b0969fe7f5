# case: detector post-processing logs the number of kept boxes with an f-string built from a tensor inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreGate(nn.Cell):
    def __init__(self, score_thresh=0.5, verbose=True):
        super().__init__()
        self.score_thresh = score_thresh
        self.verbose = verbose

    def construct(self, scores, boxes):
        keep = (scores > self.score_thresh).astype(ms.float32)
        num_kept = keep.sum()
        if self.verbose:
            print(f"kept {num_kept} of {scores.shape[0]} boxes")
        return boxes * keep.expand_dims(-1), scores * keep


def make():
    np.random.seed(14)
    scores = Tensor(np.random.rand(20).astype(np.float32))
    boxes = Tensor(np.random.rand(20, 4).astype(np.float32))
    return ScoreGate(), (scores, boxes)
