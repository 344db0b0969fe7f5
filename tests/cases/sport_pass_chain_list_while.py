# case: build a pass chain by following receiver indices in a while loop on a tensor condition, appending each receiver to a Python list -> list grown in data-dependent loop, error/dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PassChain(nn.Cell):
    def __init__(self, max_len=10):
        super().__init__()
        self.max_len = max_len

    def construct(self, receiver_of, start):
        chain = [start]
        cur = start
        steps = 0
        while receiver_of[cur] >= 0 and steps < self.max_len:
            cur = receiver_of[cur]
            chain.append(cur)
            steps += 1
        return ops.stack(chain)


def make():
    np.random.seed(12)
    recv = np.array([3, -1, 5, 2, 1, 7, 0, -1, 4, 6, 8], np.int32)
    return PassChain(), (Tensor(recv), Tensor(np.array(0, np.int32)))
