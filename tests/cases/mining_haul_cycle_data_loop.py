# case: haul cycle time summing travel times over the number of active road segments read from a tensor, looping range(int(n)) and growing a list -> loop count comes from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def travel_time_min(length_m, grade_pct, loaded_speed_kph=28.0):
    speed = loaded_speed_kph * (1.0 - 0.04 * grade_pct)
    return length_m / (speed * 1000.0 / 60.0)


class HaulCycleTimeActive(nn.Cell):
    def __init__(self, load_min=2.5, dump_min=1.2):
        super().__init__()
        self.fixed_min = load_min + dump_min

    def construct(self, seg_len_m, seg_grade_pct, n_active):
        legs = []
        for s in range(int(n_active)):
            legs.append(travel_time_min(seg_len_m[:, s], seg_grade_pct[:, s]))
        loaded = ops.stack(legs, axis=1).sum(axis=1)
        return loaded * 1.7 + self.fixed_min


def make():
    np.random.seed(92)
    lengths = np.random.uniform(200, 900, size=(12, 8)).astype(np.float32)
    grades = np.random.uniform(0, 10, size=(12, 8)).astype(np.float32)
    n_active = Tensor(np.array(5, dtype=np.int32))
    return HaulCycleTimeActive(), (Tensor(lengths), Tensor(grades), n_active)
