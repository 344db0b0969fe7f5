# case: inscription character confidences sorted with ops.sort and the top three kept with a constant slice -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopReadings(nn.Cell):
    def __init__(self, keep=3):
        super().__init__()
        self.keep = keep
        self.cls = nn.Dense(14, 20)

    def construct(self, feats):
        probs = ops.softmax(self.cls(feats), axis=-1)
        sorted_p, order = ops.sort(probs, axis=-1, descending=True)
        top_p = sorted_p[:, : self.keep]
        top_ids = order[:, : self.keep]
        margin = top_p[:, 0] - top_p[:, 1]
        return top_ids, margin


def make():
    np.random.seed(44)
    return TopReadings(), (Tensor(np.random.randn(6, 14).astype(np.float32)),)
