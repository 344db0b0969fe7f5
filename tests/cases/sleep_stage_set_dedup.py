# case: collect the set of stages reached after REM using a Python set of tensor items inside construct -> error (set / tensor hashing in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostRemStages(nn.Cell):
    def __init__(self, rem_label=4):
        super().__init__()
        self.rem_label = rem_label

    def construct(self, stages):
        seen = set()
        for i in range(stages.shape[0] - 1):
            if stages[i] == self.rem_label:
                seen.add(int(stages[i + 1]))
        return len(seen)


def make():
    np.random.seed(34)
    stages = np.random.randint(0, 5, size=(12,)).astype(np.int32)
    return PostRemStages(), (Tensor(stages),)
