# case: follow-the-gap finds the widest free gap by iterating over ranges.tolist() in construct with Python counters -> tolist host round trip and data-dependent Python loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapFinder(nn.Cell):
    def __init__(self, free_thresh=1.5, fov=np.pi):
        super().__init__()
        self.free_thresh = free_thresh
        self.fov = fov

    def construct(self, ranges):
        n = ranges.shape[0]
        best_start, best_len, start, run = 0, 0, 0, 0
        for i, r in enumerate(ranges.tolist()):
            if r > self.free_thresh:
                if run == 0:
                    start = i
                run += 1
                if run > best_len:
                    best_len, best_start = run, start
            else:
                run = 0
        mid = best_start + best_len // 2
        angle = -self.fov / 2 + self.fov * mid / (n - 1)
        return Tensor(angle, ms.float32), best_len


def make():
    np.random.seed(29)
    r = np.random.uniform(0.3, 3.0, size=(24,)).astype(np.float32)
    return GapFinder(), (Tensor(r),)
