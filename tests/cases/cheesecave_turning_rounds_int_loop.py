# case: simulate the turning crew's rounds, the number of rounds read from a tensor with int(), appending the moisture gradient after each round -> loop count from data grows a list, expect Graph mode to reject or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def equalise(top, bottom, rate=0.35):
    delta = (bottom - top) * rate
    return top + delta, bottom - delta


class TurningSimulator(nn.Cell):
    def __init__(self, drip=0.01):
        super().__init__()
        self.drip = drip

    def construct(self, moisture_top, moisture_bottom, n_rounds):
        gradients = []
        for _ in range(int(n_rounds)):
            moisture_bottom = moisture_bottom + self.drip
            moisture_top, moisture_bottom = equalise(moisture_top, moisture_bottom)
            # turn the wheel: top becomes bottom
            moisture_top, moisture_bottom = moisture_bottom, moisture_top
            gradients.append(moisture_bottom - moisture_top)
        return ops.stack(gradients)


def make():
    np.random.seed(3232)
    top = np.random.uniform(0.38, 0.42, 6).astype(np.float32)
    bottom = np.random.uniform(0.44, 0.48, 6).astype(np.float32)
    return TurningSimulator(), (Tensor(top), Tensor(bottom), Tensor(4, ms.int32))
