# case: @ms.jit function keeps hourly energy readings of occupied hours with boolean-mask indexing and a plain mean afterwards -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def occupied_energy_intensity(hourly_kwh, occupancy, floor_area):
    occupied_kwh = hourly_kwh[occupancy > 0]
    intensity = occupied_kwh / floor_area
    return intensity.mean(), intensity.max()


def make():
    np.random.seed(39)
    kwh = Tensor((20.0 + 10.0 * np.random.rand(24)).astype(np.float32))
    occ = Tensor(np.random.randint(0, 2, size=(24,)).astype(np.int32))
    area = Tensor(np.array(850.0, np.float32))
    return occupied_energy_intensity, (kwh, occ, area)
