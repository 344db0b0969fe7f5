# case: loops over the rows nonzero returns, collecting features, then stacks them
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickActive(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, scores, feats):
        active = ops.nonzero(scores > self.thresh)
        picked = []
        for row in active:
            picked.append(feats[row[0]] * 2.0)
        return ops.stack(picked)


def make():
    s = Tensor(np.array([0.9, 0.1, 0.7, 0.3], np.float32))
    f = Tensor(np.arange(8, dtype=np.float32).reshape(4, 2))
    return PickActive(), (s, f)
