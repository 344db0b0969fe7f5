# case: progress tracker computes running accuracy per attempt with cumsum and flags the first attempt where mastery is reached using argmax -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProgressTracker(nn.Cell):
    def __init__(self, mastery_threshold=0.7, min_attempts=3):
        super().__init__()
        self.mastery_threshold = mastery_threshold
        self.min_attempts = min_attempts

    def construct(self, correct):
        n = correct.shape[1]
        counts = ops.arange(1, n + 1).astype(ms.float32)
        running = ops.cumsum(correct.astype(ms.float32), axis=1) / counts
        eligible = (counts >= self.min_attempts).astype(ms.float32)
        reached = ((running >= self.mastery_threshold).astype(ms.float32) * eligible)
        first = ops.argmax(reached, dim=1)
        ever = reached.max(axis=1)
        return running, ops.select(ever > 0, first, ops.full_like(first, -1))


def make():
    np.random.seed(32)
    correct = Tensor(np.random.randint(0, 2, (4, 10)), ms.int32)
    return ProgressTracker(), (correct,)
