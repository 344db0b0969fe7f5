# case: integrate the cooling curve for int(n_steps) iterations where n_steps comes from a tensor, collecting each temperature -> loop count from tensor value plus growing list, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoolingCurve(nn.Cell):
    def __init__(self, ambient=25.0, k=0.04):
        super().__init__()
        self.ambient = ambient
        self.k = k

    def construct(self, peak_temp, cool_hours, dt):
        n_steps = int(cool_hours / dt)
        temp = peak_temp
        curve = []
        for _ in range(n_steps):
            temp = temp - self.k * (temp - self.ambient) * dt
            curve.append(temp)
        return ops.stack(curve)


def make():
    np.random.seed(32)
    return CoolingCurve(), (Tensor(1240.0, ms.float32), Tensor(12.0, ms.float32), Tensor(0.5, ms.float32))
