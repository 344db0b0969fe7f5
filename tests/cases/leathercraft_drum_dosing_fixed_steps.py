# case: tanning drum basification, simulates a fixed schedule of 6 bicarbonate doses and clamps each dose once pH reaches target -> python-int loop, ops.where clamp, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasificationSim(nn.Cell):
    def __init__(self, target_ph=3.9, dose_kg=0.4, buffer_factor=0.08, n_doses=6):
        super().__init__()
        self.target_ph = target_ph
        self.dose_kg = dose_kg
        self.buffer_factor = buffer_factor
        self.n_doses = n_doses

    def ph_after_dose(self, ph, hide_weight):
        return ph + self.buffer_factor * self.dose_kg * 100.0 / hide_weight

    def construct(self, start_ph, hide_weight):
        ph = start_ph
        trace = []
        for _ in range(self.n_doses):
            nxt = self.ph_after_dose(ph, hide_weight)
            ph = ops.where(ph < self.target_ph, nxt, ph)
            trace.append(ph)
        return ph, ops.stack(trace)


def make():
    np.random.seed(3084)
    start_ph = Tensor(np.array([2.9, 3.1, 3.4], np.float32))
    weight = Tensor(np.array([120.0, 95.0, 140.0], np.float32))
    return BasificationSim(), (start_ph, weight)
