# case: front tracker stores the largest retreat seen so far by assigning a tensor to a plain self attribute inside construct -> attribute write on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontRetreatTracker(nn.Cell):
    def __init__(self, pixel_size_m=30.0):
        super().__init__()
        self.pixel_size_m = pixel_size_m
        self.max_retreat = Tensor(0.0, ms.float32)

    def front_position(self, ice_prob):
        cols = ops.arange(ice_prob.shape[1]).astype(ms.float32)
        weights = ice_prob / ice_prob.sum(axis=1, keepdims=True)
        return (weights * cols).sum(axis=1)

    def construct(self, prob_t0, prob_t1):
        retreat = (self.front_position(prob_t0) - self.front_position(prob_t1)) * self.pixel_size_m
        self.max_retreat = ops.maximum(self.max_retreat, retreat.max())
        return retreat, self.max_retreat


def make():
    np.random.seed(12)
    p0 = Tensor(np.random.rand(6, 20).astype(np.float32))
    p1 = Tensor(np.random.rand(6, 20).astype(np.float32))
    return FrontRetreatTracker(), (p0, p1)
