# case: evaporation driving force from saturation vapour pressure computed with np.exp on the air-temperature tensor inside construct (Magnus formula), brine activity lowering it -> NumPy applied to a tensor in construct, expect rejection in STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BRINE_ACTIVITY = 0.75  # water activity of near-saturated NaCl brine


class DrivingForce(nn.Cell):
    def __init__(self, wind_coeff=0.26):
        super().__init__()
        self.wind_coeff = wind_coeff

    def construct(self, air_temp_c, rel_humidity, wind_ms):
        es = 0.6108 * np.exp(17.27 * air_temp_c / (air_temp_c + 237.3))
        es = Tensor(es, ms.float32)
        ea = es * rel_humidity
        deficit = ops.relu(BRINE_ACTIVITY * es - ea)
        evap = self.wind_coeff * (1.0 + 0.54 * wind_ms) * deficit * 10.0
        return evap


def make():
    np.random.seed(51)
    temp = Tensor(np.random.uniform(18.0, 38.0, size=(24,)).astype(np.float32))
    rh = Tensor(np.random.uniform(0.2, 0.6, size=(24,)).astype(np.float32))
    wind = Tensor(np.random.uniform(0.5, 8.0, size=(24,)).astype(np.float32))
    return DrivingForce(), (temp, rh, wind)
