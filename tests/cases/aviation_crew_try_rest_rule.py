# case: crew pairing feature step wraps the rest-period computation in try/except to fall back to a default when it fails -> try statement in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_REST_H = 10.0


class RestPeriodFeatures(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, duty_start, duty_end):
        try:
            rest = duty_start[1:] - duty_end[:-1]
        except ValueError:
            rest = ops.zeros_like(duty_start[1:])
        short = (rest < MIN_REST_H).astype(ms.float32)
        return rest, short.sum()


def make():
    np.random.seed(141)
    start = np.cumsum(8 + 10 * np.random.rand(6)).astype(np.float32)
    end = (start + 6 + 4 * np.random.rand(6)).astype(np.float32)
    return RestPeriodFeatures(), (Tensor(start), Tensor(end))
