# case: haul cycle time estimate summing segment travel times over a fixed number of road segments with a python range loop and a list -> loop over range of python int, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_SEGMENTS = 6


def travel_time_min(length_m, grade_pct, loaded_speed_kph=28.0):
    speed = loaded_speed_kph * (1.0 - 0.04 * grade_pct)
    return length_m / (speed * 1000.0 / 60.0)


class HaulCycleTime(nn.Cell):
    def __init__(self, n_segments=N_SEGMENTS, load_min=2.5, dump_min=1.2):
        super().__init__()
        self.n_segments = n_segments
        self.fixed_min = load_min + dump_min

    def construct(self, seg_len_m, seg_grade_pct):
        legs = []
        for s in range(self.n_segments):
            legs.append(travel_time_min(seg_len_m[:, s], seg_grade_pct[:, s]))
        loaded = ops.stack(legs, axis=1).sum(axis=1)
        empty = loaded * 0.7
        return loaded + empty + self.fixed_min


def make():
    np.random.seed(91)
    lengths = np.random.uniform(200, 900, size=(12, N_SEGMENTS)).astype(np.float32)
    grades = np.random.uniform(0, 10, size=(12, N_SEGMENTS)).astype(np.float32)
    return HaulCycleTime(), (Tensor(lengths), Tensor(grades))
