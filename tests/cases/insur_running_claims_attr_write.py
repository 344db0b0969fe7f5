# case: keep a running total of observed claims by writing a new tensor to a plain self attribute inside construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExperienceTracker(nn.Cell):
    def __init__(self, n_segments=4):
        super().__init__()
        self.running = Tensor(np.zeros(n_segments, np.float32))
        self.batches_seen = 0

    def construct(self, claims_by_segment):
        batch_total = claims_by_segment.sum(axis=0)
        self.running = self.running + batch_total
        self.batches_seen = self.batches_seen + 1
        return self.running / self.batches_seen


def make():
    np.random.seed(18)
    c = Tensor(np.random.gamma(2.0, 200.0, size=(10, 4)).astype(np.float32))
    return ExperienceTracker(), (c,)
