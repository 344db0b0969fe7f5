# case: build a list of lap average speeds, one per lap marker counted from the lap-button tensor -> loop count from data and a list grown inside it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LapSpeeds(nn.Cell):
    def __init__(self, lap_len=50):
        super().__init__()
        self.lap_len = lap_len

    def construct(self, speed, lap_button):
        n_laps = int(lap_button.sum())
        laps = []
        for k in range(n_laps):
            seg = speed[k * self.lap_len:(k + 1) * self.lap_len]
            laps.append(seg.mean())
        return ops.stack(laps)


def make():
    np.random.seed(71)
    speed = np.random.normal(32, 3, size=400).astype(np.float32)
    lap_button = np.zeros(400, dtype=np.float32)
    lap_button[[49, 99, 149, 199, 249]] = 1.0
    return LapSpeeds(), (Tensor(speed), Tensor(lap_button))
