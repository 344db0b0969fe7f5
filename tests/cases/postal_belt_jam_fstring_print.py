# case: belt jam detector logs an f-string with the current jam score tensor via print inside construct when debug is on -> f-string formatting a tensor in construct, may be rejected or printed as constant
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
            print(f"belt jam score: {score}")
        return score


def make():
    np.random.seed(141)
    eyes = Tensor((np.random.rand(4, 16) > 0.5).astype(np.float32))
    return BeltJamDetector(), (eyes,)
