# case: construct returns cabin load and travel time as a tuple that the caller unpacks, with helper math in module functions -> tuple output, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cabin_load(passengers, kg_per_person, tare_kg):
    return passengers * kg_per_person + tare_kg


class CabinTripEstimator(nn.Cell):
    def __init__(self, line_length_m=2400.0, kg_per_person=80.0, tare_kg=650.0):
        super().__init__()
        self.line_length_m = line_length_m
        self.kg_per_person = kg_per_person
        self.tare_kg = tare_kg

    def construct(self, passengers, speed_mps):
        load = cabin_load(passengers, self.kg_per_person, self.tare_kg)
        travel = self.line_length_m / ops.maximum(speed_mps, 0.5)
        return load, travel


def make():
    return CabinTripEstimator(), (Tensor(np.array([6.0, 8.0, 3.0], np.float32)),
                                  Tensor(np.array([6.0, 5.5, 6.0], np.float32)))
