# case: compute run lengths of alarm/no-alarm states with unique_consecutive counts -> dynamic output size from unique_consecutive
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunLengthEncoder(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, scores):
        state = (scores > self.threshold).astype(ms.int32)
        values, _, counts = ops.unique_consecutive(state, return_inverse=True, return_counts=True)
        longest_alarm = (counts * values).max()
        return values, counts, longest_alarm


def make():
    np.random.seed(22)
    scores = Tensor(np.random.rand(24).astype(np.float32))
    return RunLengthEncoder(), (scores,)
