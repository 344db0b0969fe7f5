# case: re-ink the forme for as many passes as the operator requested (tensor) and stack each pass's coverage -> for-loop count from data with a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReInk(nn.Cell):
    def __init__(self, transfer=0.3):
        super().__init__()
        self.transfer = transfer

    def one_pass(self, forme, ink):
        return ink + self.transfer * (forme - ink)

    def construct(self, forme, passes):
        ink = ops.zeros_like(forme)
        history = []
        for _ in range(passes):
            ink = self.one_pass(forme, ink)
            history.append(ink.mean())
        return ops.stack(history)


def make():
    np.random.seed(181)
    forme = (np.random.rand(16, 16) > 0.5).astype(np.float32)
    return ReInk(), (Tensor(forme), Tensor(np.int32(4)))
