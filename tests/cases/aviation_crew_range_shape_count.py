# case: crew pairing feature builder loops over range(block_h.shape[0]) and grows a list of per-duty credit hours -> loop count from static shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def credit_hours(block, duty):
    return ops.maximum(block, 0.5 * duty)


class PairingCredit(nn.Cell):
    def __init__(self, min_guarantee=5.0):
        super().__init__()
        self.min_guarantee = min_guarantee

    def construct(self, block_h, duty_h):
        credits = []
        for d in range(block_h.shape[0]):
            credits.append(credit_hours(block_h[d], duty_h[d]))
        per_duty = ops.stack(credits)
        total = ops.maximum(per_duty.sum(), self.min_guarantee)
        return per_duty, total


def make():
    np.random.seed(182)
    block = Tensor((2 + 5 * np.random.rand(5)).astype(np.float32))
    duty = Tensor((6 + 6 * np.random.rand(5)).astype(np.float32))
    return PairingCredit(), (block, duty)
