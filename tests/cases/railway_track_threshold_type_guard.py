# case: track-defect thresholding accepts a float or a per-channel Tensor threshold, chosen by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RailDefectThreshold(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        if isinstance(threshold, (list, tuple)):
            threshold = Tensor(np.array(threshold, np.float32))
        self.threshold = threshold

    def margin(self, scores):
        if isinstance(self.threshold, float):
            return scores - self.threshold
        return scores - self.threshold.expand_dims(0)

    def construct(self, scores):
        m = self.margin(scores)
        return ops.relu(m), (m > 0).astype(ms.float32).mean(axis=0)


def make():
    np.random.seed(21)
    scores = Tensor(np.random.rand(12, 4).astype(np.float32))
    return RailDefectThreshold([0.4, 0.5, 0.6, 0.7]), (scores,)
