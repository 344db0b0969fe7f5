# case: temperature scaler converts its learned log-temperature Parameter with float() and math.exp before dividing logits -> host conversion of a Parameter inside construct, Graph mode should reject it
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TemperatureScaler(nn.Cell):
    def __init__(self, init_temp=1.5, min_temp=0.05):
        super().__init__()
        self.log_t = Parameter(Tensor(np.array([math.log(init_temp)], np.float32)), name="log_t")
        self.min_temp = min_temp
        self.softmax = nn.Softmax(axis=-1)

    def current_temperature(self):
        t = math.exp(float(self.log_t[0]))
        return max(t, self.min_temp)

    def construct(self, logits):
        t = self.current_temperature()
        return self.softmax(logits / t)


def make():
    np.random.seed(0)
    scaler = TemperatureScaler()
    logits = Tensor(np.random.randn(8, 5).astype(np.float32) * 4)
    return scaler, (logits,)
