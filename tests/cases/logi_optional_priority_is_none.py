# case: scores orders with optional priority weights that default to None and are checked with `is None` -> None check is a compile-time constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrderScorer(nn.Cell):
    def __init__(self, distance_weight=0.3):
        super().__init__()
        self.distance_weight = distance_weight

    def construct(self, values, distances, priority=None):
        score = values - self.distance_weight * distances
        if priority is not None:
            score = score * priority
        return ops.argsort(score, descending=True)


def make():
    np.random.seed(29)
    values = Tensor(np.random.uniform(10, 50, size=(9,)).astype(np.float32))
    distances = Tensor(np.random.uniform(1, 30, size=(9,)).astype(np.float32))
    return OrderScorer(), (values, distances)
