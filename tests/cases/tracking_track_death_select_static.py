# case: track death by score implemented as fixed-slot liveness flags with ops.select, dead slots reset -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotLifecycle(nn.Cell):
    def __init__(self, min_score=0.35, decay=0.8, max_age=3):
        super().__init__()
        self.min_score = min_score
        self.decay = decay
        self.max_age = max_age

    def age_tracks(self, age, matched):
        return ops.select(matched, ops.zeros_like(age), age + 1)

    def construct(self, states, scores, age, matched):
        age = self.age_tracks(age, matched)
        scores = ops.select(matched, scores, scores * self.decay)
        alive = ops.logical_and(scores > self.min_score, age <= self.max_age)
        alive2d = ops.broadcast_to(ops.expand_dims(alive, -1), states.shape)
        states = ops.select(alive2d, states, ops.zeros_like(states))
        scores = ops.select(alive, scores, ops.zeros_like(scores))
        return states, scores, age, alive


def make():
    np.random.seed(9)
    states = Tensor(np.random.rand(6, 8).astype(np.float32))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    age = Tensor(np.array([0, 1, 2, 3, 4, 0], dtype=np.int32))
    matched = Tensor(np.array([True, False, True, False, False, True]))
    return SlotLifecycle(), (states, scores, age, matched)
