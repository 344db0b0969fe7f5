# case: beam stack of station traces with an optional station mask argument tested with `is None` -> None test resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayAndSumBeam(nn.Cell):
    def __init__(self, n_stations):
        super().__init__()
        self.n_stations = n_stations

    def construct(self, aligned, station_mask=None):
        # aligned: (n_stations, n_samples), already shifted by the beam delays
        if station_mask is None:
            weights = ops.ones((self.n_stations, 1), ms.float32)
        else:
            weights = station_mask.astype(ms.float32).reshape(-1, 1)
        beam = (aligned * weights).sum(axis=0) / ops.maximum(weights.sum(), 1.0)
        return beam, ops.abs(beam).max()


def make():
    np.random.seed(37)
    aligned = np.random.randn(5, 40).astype(np.float32)
    mask = np.array([True, True, False, True, True])
    return DelayAndSumBeam(5), (Tensor(aligned), Tensor(mask))
