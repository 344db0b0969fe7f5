# case: walk through 1 km split times and collect splits until the runner reaches the half-marathon mark, growing a Python list in a while loop conditioned on tensor distance -> loop count from data with a growing list, expect Graph mode to fail or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfwaySplits(nn.Cell):
    def __init__(self, half_km=21.0975):
        super().__init__()
        self.half_km = half_km

    def construct(self, split_km, split_s):
        covered = split_km[0] * 0
        i = 0
        collected = []
        while covered < self.half_km:
            covered = covered + split_km[i]
            collected.append(split_s[i])
            i = i + 1
        halves = ops.stack(collected)
        return halves.sum(), halves.mean()


def make():
    np.random.seed(71)
    km = np.full(43, 1.0, dtype=np.float32)
    km[-1] = 0.195
    s = np.random.normal(300, 8, 43).astype(np.float32)
    return HalfwaySplits(), (Tensor(km), Tensor(s))
