# case: in a loop, every branch of a `try` body binds `term` but its bare `except:` does not; MindSpore rejects the `try` itself, and without it `term` is bound on every path, so the read after it is not a loop-binding hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = 0
        for i in range(3):
            try:
                if i == 0:
                    term = x.sum()
                else:
                    term = x.mean()
            except:
                pass
            total = total + term
        return total


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
