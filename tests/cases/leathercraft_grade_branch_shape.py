# case: thickness grading head, when the mean gauge is above the upholstery limit it keeps only the first 4 grade logits, else all 6 -> if on tensor value with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradeHead(nn.Cell):
    def __init__(self, n_in=16, n_grades=6, upholstery_limit=1.3):
        super().__init__()
        self.fc = nn.Dense(n_in, n_grades)
        self.upholstery_limit = upholstery_limit

    def construct(self, features, gauge_mm):
        logits = self.fc(features)
        if gauge_mm.mean() > self.upholstery_limit:
            out = logits[:, :4]
        else:
            out = logits
        return ops.softmax(out, axis=-1)


def make():
    np.random.seed(3085)
    feats = Tensor(np.random.rand(8, 16).astype(np.float32))
    gauge = Tensor((1.4 + 0.05 * np.random.randn(8)).astype(np.float32))
    return GradeHead(), (feats, gauge)
