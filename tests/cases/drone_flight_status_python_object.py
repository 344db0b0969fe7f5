# case: builds a plain Python FlightStatus object inside construct, mutates its fields from tensor checks and returns it -> custom Python object created and returned from construct in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlightStatus:
    def __init__(self):
        self.low_battery = False
        self.near_obstacle = False
        self.altitude = 0.0


class HealthMonitor(nn.Cell):
    def __init__(self, reserve=0.2, min_clearance=1.0):
        super().__init__()
        self.reserve = reserve
        self.min_clearance = min_clearance

    def construct(self, soc, clearances, altitude):
        status = FlightStatus()
        status.low_battery = soc < self.reserve
        status.near_obstacle = clearances.min() < self.min_clearance
        status.altitude = altitude
        return status


def make():
    np.random.seed(31)
    soc = Tensor(np.array(0.35, dtype=np.float32))
    clr = Tensor(np.random.uniform(0.5, 5.0, size=(8,)).astype(np.float32))
    alt = Tensor(np.array(12.5, dtype=np.float32))
    return HealthMonitor(), (soc, clr, alt)
