# case: simulates zone warm-up step by step in a while loop on a tensor temperature and concatenates each step onto a trajectory -> error or dynamic shape (loop-carried shape grows)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupSimulator(nn.Cell):
    def __init__(self, heater_gain=1.5, loss_coeff=0.05, setpoint=21.0):
        super().__init__()
        self.heater_gain = heater_gain
        self.loss_coeff = loss_coeff
        self.setpoint = setpoint

    def step(self, temp, outdoor):
        return temp + self.heater_gain - self.loss_coeff * (temp - outdoor)

    def construct(self, temp0, outdoor):
        temp = temp0
        trajectory = temp0.reshape(1)
        while temp < self.setpoint:
            temp = self.step(temp, outdoor)
            trajectory = ops.concat((trajectory, temp.reshape(1)))
        return trajectory


def make():
    np.random.seed(10)
    net = WarmupSimulator()
    return net, (Tensor(np.array(17.0, np.float32)), Tensor(np.array(3.0, np.float32)))
