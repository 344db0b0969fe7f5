# case: soft aggregation of several objects that zeroes absent objects with three-argument ops.where / ops.select instead of dropping them -> fixed object count, static shapes; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AggregateConfig:
    def __init__(self, min_area=2.0, eps=1e-7, return_logits=False):
        self.min_area = min_area
        self.eps = eps
        self.return_logits = return_logits


class SoftAggregation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_area = config.min_area
        self.eps = config.eps
        self.return_logits = config.return_logits

    def _suppress_absent(self, prob):
        area = prob.sum(axis=(1, 2), keepdims=True)
        present = (area > self.min_area).broadcast_to(prob.shape)
        return ops.select(present, prob, ops.zeros_like(prob))

    def construct(self, prob):
        prob = self._suppress_absent(prob)
        bg = ops.prod(1 - prob, 0, True)
        new_prob = ops.concat((bg, prob), axis=0)
        new_prob = ops.where(new_prob < self.eps, ops.full_like(new_prob, self.eps), new_prob)
        new_prob = ops.where(new_prob > 1 - self.eps, ops.full_like(new_prob, 1 - self.eps), new_prob)
        logits = ops.log(new_prob / (1 - new_prob))
        if self.return_logits:
            return logits, ops.softmax(logits, axis=0)
        return ops.softmax(logits, axis=0)


def make():
    np.random.seed(3894)
    p = np.random.rand(3, 8, 8).astype(np.float32) * 0.05
    p[0, 2:6, 2:6] = 0.9
    p[2, 0:3, 4:8] = 0.8
    return SoftAggregation(AggregateConfig()), (Tensor(p),)
