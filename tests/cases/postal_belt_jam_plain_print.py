# case: belt jam detector prints a label string and the jam score tensor as separate print arguments inside construct when debug is on -> print of string and tensor, supported, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltJamDetector(nn.Cell):
    def __init__(self, n_sensors=16, debug=True):
        super().__init__()
        self.fc = nn.Dense(n_sensors, 1)
        self.debug = debug

    def construct(self, photo_eyes):
        score = ops.sigmoid(self.fc(photo_eyes)).mean()
        if self.debug:
            print("belt jam score:", score)
        return score


def make():
    np.random.seed(142)
    eyes = Tensor((np.random.rand(4, 16) > 0.5).astype(np.float32))
    return BeltJamDetector(), (eyes,)
