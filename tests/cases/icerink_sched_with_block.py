# case: schedule optimiser step that scores candidate resurfacing orders inside a `with` block of a small timing context manager -> with statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
import time


class StepTimer:
    def __init__(self, name):
        self.name = name
        self.start = 0.0

    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, *exc):
        return False


class ResurfaceOrderScorer(nn.Cell):
    def __init__(self, n_slots=8):
        super().__init__()
        self.travel = nn.Dense(n_slots, n_slots, has_bias=False)

    def construct(self, candidates):
        with StepTimer("score"):
            travel_cost = self.travel(candidates).sum(axis=1)
            idle_cost = (1.0 - candidates).sum(axis=1) * 0.1
        return ops.softmax(-(travel_cost + idle_cost), axis=0)


def make():
    np.random.seed(3149)
    cand = (np.random.rand(5, 8) > 0.5).astype(np.float32)
    return ResurfaceOrderScorer(), (Tensor(cand),)
