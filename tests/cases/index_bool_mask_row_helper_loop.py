# case: a helper selects the probabilities of one image with its row of the binary map; construct calls it per image in a loop and stacks the means -> a boolean-mask selection in the helper: dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionScore(nn.Cell):
    def __init__(self, thresh=0.3):
        super().__init__()
        self.thresh = thresh

    def _score(self, prob, bitmap):
        selected = prob[bitmap]
        return selected.mean()

    def construct(self, pred):
        prob = pred[:, 0]
        bitmap = prob > self.thresh
        scores = []
        for b in range(prob.shape[0]):
            scores.append(self._score(prob[b], bitmap[b]))
        return ops.stack(scores)


def make():
    np.random.seed(4)
    return RegionScore(), (Tensor(np.random.rand(2, 1, 6, 6).astype(np.float32)),)
