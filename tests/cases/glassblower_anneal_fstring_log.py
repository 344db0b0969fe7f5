# case: annealer step logs the current soak temperature with an f-string that formats a tensor value as a float -> f-string formatting of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealStep(nn.Cell):
    def __init__(self, target_c=482.0, gain=0.3):
        super().__init__()
        self.target = target_c
        self.gain = gain

    def construct(self, soak_c):
        err = self.target - soak_c.mean()
        print(f"soak error {float(err):.1f} C")
        return soak_c + self.gain * err


def make():
    np.random.seed(201)
    s = np.random.uniform(470.0, 495.0, size=(5,)).astype(np.float32)
    return AnnealStep(), (Tensor(s),)
