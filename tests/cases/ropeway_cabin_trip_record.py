# case: construct builds a plain Python TripRecord object holding cabin load and travel time and returns it to the caller -> plain Python class instance created and returned in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripRecord:
    def __init__(self, load_kg, travel_s):
        self.load_kg = load_kg
        self.travel_s = travel_s


class CabinTripEstimator(nn.Cell):
    def __init__(self, line_length_m=2400.0, kg_per_person=80.0):
        super().__init__()
        self.line_length_m = line_length_m
        self.kg_per_person = kg_per_person

    def construct(self, passengers, speed_mps):
        load = passengers * self.kg_per_person
        travel = self.line_length_m / ops.maximum(speed_mps, 0.5)
        return TripRecord(load, travel)


def make():
    return CabinTripEstimator(), (Tensor(np.array([6.0, 8.0, 3.0], np.float32)),
                                  Tensor(np.array([6.0, 5.5, 6.0], np.float32)))
