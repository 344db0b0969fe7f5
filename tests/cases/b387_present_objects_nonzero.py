# case: soft aggregation restricted to objects whose predicted area exceeds a minimum, picked with ops.nonzero and gather -> number of kept objects comes from data; dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AggregateConfig:
    def __init__(self, min_area=2.0, eps=1e-7, drop_absent=True):
        self.min_area = min_area
        self.eps = eps
        self.drop_absent = drop_absent


def aggregate(prob, eps):
    # prob: O, H, W -> (O+1), H, W with background first
    bg = ops.prod(1 - prob, 0, True)
    new_prob = ops.concat((bg, prob), axis=0).clip(eps, 1 - eps)
    logits = ops.log(new_prob / (1 - new_prob))
    return ops.softmax(logits, axis=0)


class PresentObjectAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_area = config.min_area
        self.eps = config.eps
        self.drop_absent = config.drop_absent

    def _present(self, prob):
        area = prob.sum(axis=(1, 2))
        return ops.nonzero(area > self.min_area).reshape(-1)

    def construct(self, prob):
        if self.drop_absent:
            idx = self._present(prob)
            prob = ops.gather(prob, idx, 0)
        return aggregate(prob, self.eps)


def make():
    np.random.seed(3874)
    p = np.random.rand(3, 8, 8).astype(np.float32) * 0.1
    p[0, 2:6, 2:6] = 0.9
    p[2, 0:3, 4:8] = 0.8
    return PresentObjectAggregator(AggregateConfig()), (Tensor(p),)
