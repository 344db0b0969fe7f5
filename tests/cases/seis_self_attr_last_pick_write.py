# case: online picker that stores the latest pick index and a pick counter on self inside construct -> attribute writes on self in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlinePicker(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.last_pick = None
        self.n_calls = 0

    def construct(self, prob_chunk):
        best = ops.argmax(prob_chunk)
        score = prob_chunk[best]
        self.n_calls += 1
        self.last_pick = best
        return ops.select(score > self.threshold, best, ops.full_like(best, -1))


def make():
    np.random.seed(11)
    chunk = np.random.rand(32).astype(np.float32)
    return OnlinePicker(), (Tensor(chunk),)
