# case: tanning drum basification, keeps adding sodium bicarbonate doses until the simulated float pH reaches target, logging each dose in a list -> while on tensor value with a list grown per iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasificationSim(nn.Cell):
    def __init__(self, target_ph=3.9, dose_kg=0.4, buffer_factor=0.08):
        super().__init__()
        self.target_ph = target_ph
        self.dose_kg = dose_kg
        self.buffer_factor = buffer_factor

    def ph_after_dose(self, ph, hide_weight):
        return ph + self.buffer_factor * self.dose_kg * 100.0 / hide_weight

    def construct(self, start_ph, hide_weight):
        ph = start_ph
        doses = []
        while ph < self.target_ph:
            ph = self.ph_after_dose(ph, hide_weight)
            doses.append(ph)
        return ph, len(doses)


def make():
    np.random.seed(3083)
    start_ph = Tensor(np.array(2.9, np.float32))
    weight = Tensor(np.array(120.0, np.float32))
    return BasificationSim(), (start_ph, weight)
