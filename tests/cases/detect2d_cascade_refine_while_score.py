# case: iterative box refinement that repeats a shared regressor while mean score improves (tensor while, shapes unchanged) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeRefiner(nn.Cell):
    def __init__(self, feat_dim=8, max_iters=3, min_gain=1e-3):
        super().__init__()
        self.reg = nn.Dense(feat_dim + 4, 4)
        self.score = nn.Dense(feat_dim + 4, 1)
        self.max_iters = max_iters
        self.min_gain = min_gain

    def step(self, feats, boxes):
        x = ops.concat([feats, boxes], axis=1)
        new_boxes = boxes + 0.1 * ops.tanh(self.reg(x))
        new_score = ops.sigmoid(self.score(ops.concat([feats, new_boxes], axis=1))).mean()
        return new_boxes, new_score

    def construct(self, feats, boxes):
        score = ops.sigmoid(self.score(ops.concat([feats, boxes], axis=1))).mean()
        gain = Tensor(1.0, ms.float32)
        it = 0
        while gain > self.min_gain and it < self.max_iters:
            new_boxes, new_score = self.step(feats, boxes)
            gain = new_score - score
            boxes = ops.where(gain > 0, new_boxes, boxes)
            score = ops.maximum(score, new_score)
            it += 1
        return boxes, score


def make():
    np.random.seed(34)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    boxes = Tensor(np.random.rand(6, 4).astype(np.float32))
    return IterativeRefiner(), (feats, boxes)
