# case: after greedy selection tests token.item() in a tuple of stop ids to set a done flag -> host conversion of a tensor value in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopChecker(nn.Cell):
    def __init__(self, stop_ids=(2, 5, 11)):
        super().__init__()
        self.stop_ids = stop_ids

    def is_stop(self, token):
        return token.item() in self.stop_ids

    def construct(self, logits):
        token = ops.argmax(logits, dim=-1)
        done = self.is_stop(token)
        flag = ops.ones((), ms.int32) if done else ops.zeros((), ms.int32)
        return token, flag


def make():
    np.random.seed(27)
    logits = np.random.randn(14).astype(np.float32)
    logits[5] = 9.0
    return StopChecker(), (Tensor(logits),)
