# case: plain Python config object consumed in __init__ only, construct uses the copied scalar attributes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurbConfig:
    def __init__(self, segment_len_m=60.0, car_len_m=5.5, min_gap_m=1.0):
        self.segment_len_m = segment_len_m
        self.car_len_m = car_len_m
        self.min_gap_m = min_gap_m

    @property
    def max_cars(self):
        return int(self.segment_len_m // (self.car_len_m + self.min_gap_m))


class CurbCapacity(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else CurbConfig()
        self.max_cars = cfg.max_cars
        self.slot_len = cfg.car_len_m + cfg.min_gap_m

    def construct(self, car_front_positions):
        # positions along the curb in metres, (N,)
        slot = ops.floor(car_front_positions / self.slot_len).astype(ms.int32)
        slot = ops.clamp(slot, 0, self.max_cars - 1)
        occ = ops.one_hot(slot, self.max_cars, Tensor(1.0), Tensor(0.0)).max(axis=0)
        return occ, self.max_cars - occ.sum()


def make():
    np.random.seed(35)
    pos = Tensor(np.random.uniform(0, 60, 6).astype(np.float32))
    return CurbCapacity(), (pos,)
