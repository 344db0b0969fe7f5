# case: converts the mean dissolved-oxygen tensor to a Python float and uses math.exp for a stress index -> host conversion of a tensor value in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OxygenStress(nn.Cell):
    def __init__(self, critical_mg_l=5.0, steepness=1.5):
        super().__init__()
        self.critical = critical_mg_l
        self.steepness = steepness

    def stress_index(self, mean_do):
        return 1.0 / (1.0 + math.exp(self.steepness * (mean_do - self.critical)))

    def construct(self, do_readings, fish_activity):
        mean_do = float(do_readings.mean())
        stress = self.stress_index(mean_do)
        return fish_activity * (1.0 - stress)


def make():
    np.random.seed(15)
    do = Tensor((np.random.rand(16) * 4 + 4).astype(np.float32))
    activity = Tensor(np.random.rand(16).astype(np.float32))
    return OxygenStress(), (do, activity)
