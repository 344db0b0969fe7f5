# case: tanning drum chemistry, wraps the fatliquor dosing calculation in a small context manager that tags the drum run -> with statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrumRunTag:
    def __init__(self, drum_id):
        self.drum_id = drum_id

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class FatliquorDose(nn.Cell):
    def __init__(self, drum_id=3, offer_pct=8.0):
        super().__init__()
        self.drum_id = drum_id
        self.offer_pct = offer_pct

    def construct(self, shaved_weight_kg, moisture):
        with DrumRunTag(self.drum_id):
            dry = shaved_weight_kg * (1.0 - moisture)
            dose = dry * self.offer_pct / 100.0
        return dose


def make():
    np.random.seed(3105)
    w = Tensor(np.array([80.0, 92.0, 75.0], np.float32))
    m = Tensor(np.array([0.55, 0.5, 0.58], np.float32))
    return FatliquorDose(), (w, m)
