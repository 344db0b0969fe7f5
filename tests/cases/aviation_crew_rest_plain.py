# case: crew pairing feature step computes rest periods between duties and flags short ones with ops.where, no exception handling -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_REST_H = 10.0


class RestPeriodFeatures(nn.Cell):
    def __init__(self, min_rest=MIN_REST_H):
        super().__init__()
        self.min_rest = min_rest

    def construct(self, duty_start, duty_end):
        rest = duty_start[1:] - duty_end[:-1]
        deficit = ops.where(rest < self.min_rest, self.min_rest - rest, ops.zeros_like(rest))
        return rest, deficit.sum(), (deficit > 0).sum()


def make():
    np.random.seed(142)
    start = np.cumsum(8 + 10 * np.random.rand(6)).astype(np.float32)
    end = (start + 6 + 4 * np.random.rand(6)).astype(np.float32)
    return RestPeriodFeatures(), (Tensor(start), Tensor(end))
