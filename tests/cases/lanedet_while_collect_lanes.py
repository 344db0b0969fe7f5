# case: while loop pops lanes in order of existence score while the score is above threshold, appending each lane to a Python list then stacking -> error or dynamic: list grown in a tensor-driven loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyLanePicker(nn.Cell):
    def __init__(self, thresh=0.4):
        super().__init__()
        self.thresh = thresh

    def construct(self, exist_scores, lane_points):
        scores = exist_scores
        picked = []
        best = scores.argmax()
        while scores[best] > self.thresh:
            picked.append(lane_points[best])
            scores = ops.tensor_scatter_update(scores, best.view(1, 1), Tensor([-1.0], ms.float32))
            best = scores.argmax()
        if len(picked) == 0:
            return ops.zeros((1, lane_points.shape[1]), ms.float32)
        return ops.stack(picked)


def make():
    np.random.seed(5)
    scores = Tensor(np.array([0.9, 0.2, 0.7, 0.55], np.float32))
    pts = Tensor(np.random.rand(4, 18).astype(np.float32))
    return GreedyLanePicker(), (scores, pts)
