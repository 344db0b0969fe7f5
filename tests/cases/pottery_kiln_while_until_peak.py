# case: simulate the kiln ramp step by step until the tensor temperature reaches peak, appending each step to a list -> list grown in data-dependent while loop, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KilnRampSimulator(nn.Cell):
    def __init__(self, peak_c=1240.0, gain=0.08):
        super().__init__()
        self.peak_c = peak_c
        self.gain = gain

    def step(self, temp, power):
        loss = 0.002 * (temp - 20.0)
        return temp + self.gain * power - loss

    def construct(self, start_temp, power):
        temp = start_temp
        history = []
        while temp < self.peak_c:
            temp = self.step(temp, power)
            history.append(temp)
        return ops.stack(history)


def make():
    np.random.seed(8)
    return KilnRampSimulator(), (Tensor(1100.0, ms.float32), Tensor(2500.0, ms.float32))
